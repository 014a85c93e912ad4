-- Tokens ended by signing out, by their id (the jti claim), kept until they would have expired anyway.
create table signed_out_token (
    token_id   varchar(64) primary key,
    expires_at timestamp with time zone not null
);
create index signed_out_token_by_expiry on signed_out_token (expires_at);
