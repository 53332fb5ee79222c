-- Gives one database its two roles (README, "Running it"):
--   the owner role owns the database, its schema and every table, and runs the migrations;
--   the application role serves requests: it reads and writes rows, but owns nothing, so it can neither drop nor
--   disable the audit log's triggers, and it holds no UPDATE, DELETE or TRUNCATE on an append-only table.
-- Run it as a superuser (or a role that may create roles and own this database), connected to the database, with
-- the two role names in the settings passendonderwijs.eigenaar and passendonderwijs.app, for instance
--   PGOPTIONS='-c passendonderwijs.eigenaar=passendonderwijs_eigenaar -c passendonderwijs.app=passendonderwijs_app' \
--     psql -d passendonderwijs -f scripts/database-rollen.sql
-- and then give both roles a password (ALTER ROLE ... PASSWORD ...). scripts/local-db.sh and the tests run this same
-- file. It is safe to run again, also on a database made by an older version, whose tables the superuser owns: those
-- are handed over to the owner role.
-- Run as the owner role itself (scripts/restore.sh does, after a restore), it gives again only the rights inside the
-- database; the roles themselves (attributes, memberships) and the database's owner stay as a superuser last set them.
DO $rollen$
DECLARE
    eigenaar text := current_setting('passendonderwijs.eigenaar');
    app text := current_setting('passendonderwijs.app');
    rol text;
    object record;
BEGIN
    IF eigenaar = '' OR app = '' OR eigenaar = app THEN
        RAISE EXCEPTION 'set passendonderwijs.eigenaar and passendonderwijs.app to two different role names';
    END IF;
    -- The cluster's own databases are not the product's: connected to one of them by mistake, change nothing.
    IF current_database() IN ('postgres', 'template0', 'template1') THEN
        RAISE EXCEPTION 'connect to the product''s database, not to %', current_database();
    END IF;

    -- Only a superuser (or a role that may manage roles) can make and restrict the roles; the owner cannot, and need
    -- not: after a restore the roles are as they were, only the rights on the restored objects are gone.
    IF current_user <> eigenaar THEN
        -- Neither role may do anything beyond its own database: no superuser, no roles, no databases, no replication,
        -- no way around row security. ALTER on every run also takes back what someone granted by hand since.
        FOREACH rol IN ARRAY ARRAY[eigenaar, app] LOOP
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = rol) THEN
                EXECUTE format('CREATE ROLE %I LOGIN', rol);
            END IF;
            EXECUTE format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS', rol);
        END LOOP;

        -- A member of the owner role could act as the owner (SET ROLE), and so disable the triggers after all.
        FOR object IN
            SELECT m.roleid::regrole AS groep FROM pg_auth_members m WHERE m.member = app::regrole
        LOOP
            EXECUTE format('REVOKE %s FROM %I', object.groep, app);
        END LOOP;

        -- The owner owns the database and its schema; nobody else may create objects in it.
        EXECUTE format('ALTER DATABASE %I OWNER TO %I', current_database(), eigenaar);

        -- The application's statements run without parallel workers: a request is a few small index reads, and at
        -- national size a werkvoorraad's counts (one statement over its lines) took 17 to 30 ms with two workers against
        -- 5 ms without; the dashboards were no slower (README, "The database's two roles"). Set once: a value an operator chose
        -- for this role in this database stays.
        IF NOT EXISTS (
            SELECT 1 FROM pg_db_role_setting s, unnest(s.setconfig) c
            WHERE s.setrole = app::regrole
              AND s.setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND c LIKE 'max\_parallel\_workers\_per\_gather=%'
        ) THEN
            EXECUTE format('ALTER ROLE %I IN DATABASE %I SET max_parallel_workers_per_gather = 0', app, current_database());
        END IF;
    END IF;
    EXECUTE format('ALTER SCHEMA public OWNER TO %I', eigenaar);
    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), app);
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app);

    -- An older database: its tables, sequences, views and functions were made by the superuser. Sequences that belong
    -- to a column move with their table; what belongs to an extension stays the extension's.
    FOR object IN
        SELECT c.oid::regclass AS naam,
               CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                              WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END AS soort
        FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace
          AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
          AND c.relowner <> eigenaar::regrole
          AND NOT EXISTS (SELECT 1 FROM pg_depend d
                          WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i', 'e'))
    LOOP
        EXECUTE format('ALTER %s %s OWNER TO %I', object.soort, object.naam, eigenaar);
    END LOOP;
    FOR object IN
        SELECT p.oid::regprocedure AS naam
        FROM pg_proc p
        WHERE p.pronamespace = 'public'::regnamespace
          AND p.proowner <> eigenaar::regrole
          AND NOT EXISTS (SELECT 1 FROM pg_depend d
                          WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
    LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO %I', object.naam, eigenaar);
    END LOOP;
    FOR object IN
        SELECT t.oid::regtype AS naam, CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END AS soort
        FROM pg_type t
        WHERE t.typnamespace = 'public'::regnamespace
          AND t.typtype IN ('e', 'd', 'r')
          AND t.typowner <> eigenaar::regrole
          AND NOT EXISTS (SELECT 1 FROM pg_depend d
                          WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
    LOOP
        EXECUTE format('ALTER %s %s OWNER TO %I', object.soort, object.naam, eigenaar);
    END LOOP;

    -- Rows of every table, and the sequences (the change numbers are taken by triggers running as the caller). The
    -- default privileges give the same to every table and sequence a later migration creates as the owner.
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', app);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', eigenaar, app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', eigenaar, app);

    -- ... except changing or removing rows of an append-only table. The rule itself comes with the migrations
    -- (alleen_toevoegen_rechten); on a database that is not migrated yet, the migration applies it.
    IF to_regprocedure('public.alleen_toevoegen_rechten()') IS NOT NULL THEN
        PERFORM public.alleen_toevoegen_rechten();
    END IF;
END
$rollen$;
