-- Who created a cohort and the key their form sent, so pressing Create twice (or a retried request) makes one
-- cohort. Cohorts made before this migration have neither; NULLs never collide in the unique constraint.
alter table cohort add column created_by bigint references app_user (id);
alter table cohort add column submission_key varchar(64);
alter table cohort add constraint cohort_created_once unique (created_by, submission_key);
