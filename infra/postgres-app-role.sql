-- The app's own PostgreSQL role: it may connect to its database and owns one schema (its tables,
-- created by the app's migrations at start-up); nothing else — no other schema, no new schemas,
-- databases or roles, not a member of azure_pg_admin.
--
-- Run as the server's Entra administrator, connected to the app's database, after creating the
-- role for the app's managed identity in the database `postgres` (README → Production settings):
--   psql "host=<server> dbname=samskab user=<admin> sslmode=require" \
--     -v app_role=<POSTGRES_APP_ROLE> -v app_schema=samskab -v database=samskab \
--     -f infra/postgres-app-role.sql
-- tests/infra/postgres-app-role.test.ts runs this file against a local server and runs the app
-- as such a role.

GRANT CONNECT ON DATABASE :"database" TO :"app_role";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON SCHEMA public FROM :"app_role";
CREATE SCHEMA IF NOT EXISTS :"app_schema" AUTHORIZATION :"app_role";
