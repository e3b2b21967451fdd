package org.rapport.gradermodel;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface GraderModelRepository extends JpaRepository<GraderModelVersion, Long> {
    Optional<GraderModelVersion> findFirstByStatusOrderByIdDesc(GraderModelVersion.Status status);

    Optional<GraderModelVersion> findFirstByStatusOrderByActivatedAtDescIdDesc(GraderModelVersion.Status status);

    Optional<GraderModelVersion> findByVersion(String version);

    List<GraderModelVersion> findAllByOrderByIdDesc();
}
