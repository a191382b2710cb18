-- Run once by the postgres image on an empty data volume (/docker-entrypoint-initdb.d).
-- Each service owns one database; Flyway in each service creates its schema.
CREATE DATABASE complaints;
CREATE DATABASE assessments;
CREATE DATABASE remedies;
