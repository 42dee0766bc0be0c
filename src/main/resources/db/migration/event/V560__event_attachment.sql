-- Photos and other pictures attached to an event (现场照片): by the inspector with the report, by the handler with
-- the result. Stored in the database with the event, so that a backup of the database holds everything and an
-- attachment is served only through its event's scope.
create table event.attachment (
    event_id      bigint not null references event.event (id),
    n             smallint not null check (n between 1 and 99),
    content_type  text not null check (content_type in ('image/jpeg', 'image/png', 'image/gif', 'image/webp',
                      'image/heic')),
    size          integer not null check (size between 1 and 10485760),
    content       bytea not null,
    uploaded_by   text not null,
    uploaded_at   timestamptz not null,
    primary key (event_id, n)
);
comment on table event.attachment is 'Pictures attached to an event, numbered from 1 per event. [scope via event.event]';
