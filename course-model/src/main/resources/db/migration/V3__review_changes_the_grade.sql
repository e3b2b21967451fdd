-- A supervisor's review now changes the grade everyone sees next (badge, score, timeline, progress, gradebook).
-- The grader's own grade stays in the columns it was always in; the reviewed grade sits beside it and is null
-- until a review overrides something. Reviews made before this migration keep showing the grader's grade.
alter table attempt add column reviewed_label varchar(20);
alter table attempt add column reviewed_score integer;
alter table attempt add column reviewed_outcome varchar(20);
alter table attempt add column reviewed_feedback varchar(1000);
alter table attempt add constraint attempt_reviewed_whole check (
    (reviewed_label is null and reviewed_score is null and reviewed_outcome is null and reviewed_feedback is null)
    or (reviewed_label is not null and reviewed_score between 0 and 100 and reviewed_outcome is not null
        and reviewed_feedback is not null));
alter table attempt_sentence add column reviewed_label varchar(20);

-- The move a review gave each sentence, in reading order: what a corrections export hands back to training.
create table supervisor_review_sentence (
    review_id bigint      not null references supervisor_review (id) on delete cascade,
    position  integer     not null,
    label     varchar(20) not null,
    primary key (review_id, position)
);
