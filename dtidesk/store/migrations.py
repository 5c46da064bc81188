"""Ordered, append-only schema steps. A new file runs the whole chain; `user_version` = steps applied."""

from __future__ import annotations

from .sqlite import Database, Migrations

MIGRATION_SET = "dtidesk"
# "DTID" in ASCII: lets us tell our files from any other SQLite database.
APPLICATION_ID = 0x44544944

migrations = Migrations(MIGRATION_SET)


@migrations()
def m0001_create_core(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE agency (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            parent_agency TEXT NOT NULL DEFAULT '',
            parent_agency_short TEXT NOT NULL DEFAULT '',
            agency TEXT NOT NULL DEFAULT '',
            agency_name TEXT NOT NULL DEFAULT '',
            short_code TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            head_title TEXT NOT NULL DEFAULT 'GIÁM ĐỐC',
            deputy_title TEXT NOT NULL DEFAULT 'PHÓ GIÁM ĐỐC',
            head_name TEXT NOT NULL DEFAULT '',
            deputy_name TEXT NOT NULL DEFAULT '',
            default_recipients TEXT NOT NULL DEFAULT '[]'
        );
        CREATE TABLE units (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            short_name TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'unit'
                CHECK (kind IN ('office', 'unit', 'public_service', 'outside', 'collective')),
            position INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
        );
        CREATE TABLE frameworks (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL,
            version_year INTEGER NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'DTI' CHECK (kind IN ('DTI', 'PAR', 'other')),
            decision TEXT NOT NULL DEFAULT '',
            province TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            rating_bands TEXT NOT NULL DEFAULT '[]',
            UNIQUE (code, version_year)
        );
        CREATE TABLE indicators (
            id INTEGER PRIMARY KEY,
            framework_id INTEGER NOT NULL REFERENCES frameworks(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES indicators(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('group', 'criterion')),
            max_score TEXT,
            position INTEGER NOT NULL,
            scoring_note TEXT NOT NULL DEFAULT '',
            evidence_hint TEXT NOT NULL DEFAULT '',
            UNIQUE (framework_id, code),
            CHECK ((kind = 'criterion') = (max_score IS NOT NULL))
        );
        CREATE INDEX idx_indicators_framework ON indicators(framework_id, position);
        CREATE TABLE assessments (
            id INTEGER PRIMARY KEY,
            framework_id INTEGER NOT NULL REFERENCES frameworks(id),
            year INTEGER NOT NULL,
            decision TEXT NOT NULL DEFAULT '',
            rank INTEGER,
            rank_of INTEGER,
            rating TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (framework_id, year)
        );
        CREATE TABLE group_results (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
            rank INTEGER,
            rank_of INTEGER,
            PRIMARY KEY (assessment_id, indicator_id)
        );
        CREATE TABLE scores (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
            self_score TEXT,
            appraised_score TEXT,
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (assessment_id, indicator_id)
        );
        CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            doc_number TEXT NOT NULL DEFAULT '',
            doc_date TEXT,
            location TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX idx_evidence ON evidence(assessment_id, indicator_id);
        CREATE TABLE plans (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('dti', 'digital', 'cchc', 'other')),
            year INTEGER NOT NULL,
            title TEXT NOT NULL,
            number INTEGER,
            symbol TEXT NOT NULL DEFAULT '',
            issued_day INTEGER CHECK (issued_day BETWEEN 1 AND 31),
            issued_month INTEGER CHECK (issued_month BETWEEN 1 AND 12),
            issued_year INTEGER,
            legal_bases TEXT NOT NULL DEFAULT '[]',
            preamble TEXT NOT NULL DEFAULT '',
            sections TEXT NOT NULL DEFAULT '[]',
            indicator_intros TEXT NOT NULL DEFAULT '{}',
            recipients TEXT NOT NULL DEFAULT '[]',
            signing_authority TEXT NOT NULL DEFAULT '',
            signer_title TEXT NOT NULL DEFAULT '',
            signer_name TEXT NOT NULL DEFAULT '',
            assessment_id INTEGER REFERENCES assessments(id) ON DELETE SET NULL,
            reporting TEXT NOT NULL DEFAULT '{}',
            sample_note TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE task_groups (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES task_groups(id) ON DELETE CASCADE,
            code TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE targets (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            group_id INTEGER REFERENCES task_groups(id) ON DELETE SET NULL,
            position INTEGER NOT NULL DEFAULT 0,
            code TEXT NOT NULL DEFAULT '',
            content TEXT NOT NULL,
            comparison TEXT NOT NULL DEFAULT '' CHECK (comparison IN ('', '>=', '>', '<=', '<', '=')),
            threshold TEXT,
            unit_of_measure TEXT NOT NULL DEFAULT '',
            lead_unit_id INTEGER REFERENCES units(id),
            monitor_unit_id INTEGER REFERENCES units(id),
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE target_values (
            target_id INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
            year INTEGER NOT NULL,
            period TEXT NOT NULL CHECK (period IN ('Q1', 'H1', 'M9', 'Y', 'ADHOC')),
            value TEXT,
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (target_id, year, period)
        );
        CREATE TABLE tasks (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            group_id INTEGER REFERENCES task_groups(id) ON DELETE SET NULL,
            criterion_id INTEGER REFERENCES indicators(id) ON DELETE SET NULL,
            target_id INTEGER REFERENCES targets(id) ON DELETE SET NULL,
            position INTEGER NOT NULL DEFAULT 0,
            code TEXT NOT NULL DEFAULT '',
            content TEXT NOT NULL,
            objective TEXT NOT NULL DEFAULT '',
            output TEXT NOT NULL DEFAULT '',
            units_note TEXT NOT NULL DEFAULT '',
            timeline TEXT NOT NULL DEFAULT '',
            due_date TEXT,
            status TEXT NOT NULL DEFAULT 'not_started'
                CHECK (status IN ('not_started', 'in_progress', 'done')),
            completed_on TEXT,
            result TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX idx_tasks_plan ON tasks(plan_id, position);
        CREATE TABLE task_units (
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            unit_id INTEGER NOT NULL REFERENCES units(id),
            role TEXT NOT NULL CHECK (role IN ('lead', 'coop')),
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (task_id, role, unit_id)
        );
        CREATE INDEX idx_task_units_unit ON task_units(unit_id);
        CREATE TABLE task_progress (
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            year INTEGER NOT NULL,
            period TEXT NOT NULL CHECK (period IN ('Q1', 'H1', 'M9', 'Y', 'ADHOC')),
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (task_id, year, period)
        );
        CREATE TABLE projects (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            name TEXT NOT NULL,
            scale TEXT NOT NULL DEFAULT '',
            timeframe TEXT NOT NULL DEFAULT '',
            lead_unit_id INTEGER REFERENCES units(id),
            budget_total TEXT,
            budget_state TEXT,
            budget_social TEXT,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE directives (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER REFERENCES plans(id) ON DELETE SET NULL,
            doc_type TEXT NOT NULL DEFAULT '',
            number_symbol TEXT NOT NULL DEFAULT '',
            issued_on TEXT,
            summary TEXT NOT NULL,
            issuer TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        );
        """
    )


@migrations()
def m0002_forms_and_change_log(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE forms (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL,
            version INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('rows', 'table')),
            title TEXT NOT NULL,
            definition TEXT NOT NULL,
            UNIQUE (code, version)
        );
        -- unit_id NULL holds the agency's consolidated figures.
        CREATE TABLE form_values (
            id INTEGER PRIMARY KEY,
            form_id INTEGER NOT NULL REFERENCES forms(id) ON DELETE CASCADE,
            year INTEGER NOT NULL,
            period TEXT NOT NULL CHECK (period IN ('Q1', 'H1', 'M9', 'Y', 'ADHOC')),
            unit_id INTEGER REFERENCES units(id),
            row_code TEXT NOT NULL,
            col_key TEXT NOT NULL DEFAULT 'value',
            value TEXT
        );
        CREATE UNIQUE INDEX idx_form_values
            ON form_values(form_id, year, period, IFNULL(unit_id, 0), row_code, col_key);
        CREATE TABLE form_submissions (
            form_id INTEGER NOT NULL REFERENCES forms(id) ON DELETE CASCADE,
            year INTEGER NOT NULL,
            period TEXT NOT NULL,
            unit_id INTEGER NOT NULL REFERENCES units(id),
            submitted_at TEXT NOT NULL,
            source_file TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (form_id, year, period, unit_id)
        );
        CREATE TABLE change_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL DEFAULT '',
            entity_id INTEGER,
            summary TEXT NOT NULL DEFAULT ''
        );
        """
    )


@migrations()
def m0003_report_texts(db: Database) -> None:
    # Officer-written paragraphs of a periodic report (results, shortcomings, next tasks…).
    db.executescript(
        """
        CREATE TABLE report_texts (
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            year INTEGER NOT NULL,
            period TEXT NOT NULL CHECK (period IN ('Q1', 'H1', 'M9', 'Y', 'ADHOC')),
            block_key TEXT NOT NULL,
            body TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (plan_id, year, period, block_key)
        );
        """
    )


@migrations()
def m0004_settings_and_indicator_links(db: Database) -> None:
    # settings: small per-file preferences (e.g. the column mapping remembered for an Excel header set).
    # indicator_links: the same criterion across framework versions (kept, renumbered, merged, split), so a
    # criterion's history survives a province changing its index between years.
    db.executescript(
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE indicator_links (
            from_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
            to_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
            relation TEXT NOT NULL DEFAULT 'same'
                CHECK (relation IN ('same', 'renumbered', 'merged', 'split', 'changed')),
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (from_id, to_id),
            CHECK (from_id <> to_id)
        );
        CREATE INDEX indicator_links_to ON indicator_links (to_id);
        """
    )


@migrations()
def m0005_plan_lists(db: Database) -> None:
    # The plan's lists as officers keep them: a project's money from other sources (the "…" beside NSNN and
    # xã hội hóa), what has been disbursed and how far it is; a target's planned figure for a period beside
    # the achieved one; and which tasks a directive gave rise to.
    db.executescript(
        """
        ALTER TABLE projects ADD COLUMN budget_other TEXT;
        ALTER TABLE projects ADD COLUMN disbursed TEXT;
        ALTER TABLE projects ADD COLUMN status TEXT NOT NULL DEFAULT 'not_started'
            CHECK (status IN ('not_started', 'in_progress', 'done'));
        ALTER TABLE target_values ADD COLUMN planned TEXT;
        CREATE TABLE directive_tasks (
            directive_id INTEGER NOT NULL REFERENCES directives(id) ON DELETE CASCADE,
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            PRIMARY KEY (directive_id, task_id)
        );
        CREATE INDEX idx_directive_tasks_task ON directive_tasks(task_id);
        """
    )


@migrations()
def m0006_unit_aliases(db: Database) -> None:
    # Other spellings a unit answers to ("P. CDS" for "Phòng Chuyển đổi số"), remembered when an import
    # matches a name to a unit and when two units are merged, so that the next import matches them too.
    # One spelling belongs to one unit; the unit's own name and short name stay in `units`.
    db.executescript(
        """
        CREATE TABLE unit_aliases (
            id INTEGER PRIMARY KEY,
            unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
            alias TEXT NOT NULL UNIQUE
        );
        CREATE INDEX idx_unit_aliases_unit ON unit_aliases(unit_id);
        """
    )


@migrations()
def m0007_index_methods(db: Database) -> None:
    # The index of any province (issue 15): a version read from a People's Committee decision keeps the
    # level it applies to (sở/ngành or huyện), the decision's date and the file it came from; each criterion
    # keeps its scoring method as data (JSON of domain.methods.Method; '' = scored by hand) and the line of
    # the document it was read from. A score keeps the officer's inputs to the method, the score the method
    # computed from them, and, when the officer typed a different score, the reason (kept and shown).
    # Deduction rows ("Điểm trừ") are criteria with a negative maximum: they never add to the total.
    db.executescript(
        """
        ALTER TABLE frameworks ADD COLUMN level TEXT NOT NULL DEFAULT '';
        ALTER TABLE frameworks ADD COLUMN decision_date TEXT;
        ALTER TABLE frameworks ADD COLUMN source TEXT NOT NULL DEFAULT '';
        ALTER TABLE indicators ADD COLUMN method TEXT NOT NULL DEFAULT '';
        ALTER TABLE indicators ADD COLUMN source_line TEXT NOT NULL DEFAULT '';
        ALTER TABLE scores ADD COLUMN inputs TEXT NOT NULL DEFAULT '';
        ALTER TABLE scores ADD COLUMN computed TEXT;
        ALTER TABLE scores ADD COLUMN override_reason TEXT NOT NULL DEFAULT '';
        """
    )


@migrations()
def m0008_evidence_store(db: Database) -> None:
    # Evidence that travels with the file (issue 16). Attached files are kept inside the file, once per
    # content (sha256), in `evidence_blobs` with the bytes in the last column, so that reading the other
    # columns never touches the pages that hold them. A backup copies every table but those bytes
    # (data NULL there) and keeps each content once in the backups' blob folder (store/backups.py).
    # An evidence item supports its own criterion and any others listed in `evidence_criteria`.
    # `scores.explanation` is the officer's giải trình where evidence is missing (the council's comment
    # stays in `note`); `frameworks.period` is the assessment period the index states (JSON, domain/periods).
    # `indicators.stated_max` is the maximum a decision states for a component (its criteria may not add up
    # to it: the preview says so, and the index editor and the exported index show both).
    db.executescript(
        """
        CREATE TABLE evidence_blobs (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            data BLOB
        );
        ALTER TABLE evidence ADD COLUMN issuer TEXT NOT NULL DEFAULT '';
        ALTER TABLE evidence ADD COLUMN file_name TEXT NOT NULL DEFAULT '';
        ALTER TABLE evidence ADD COLUMN blob TEXT REFERENCES evidence_blobs(sha256);
        CREATE INDEX idx_evidence_blob ON evidence(blob);
        CREATE TABLE evidence_criteria (
            evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
            indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
            PRIMARY KEY (evidence_id, indicator_id)
        );
        CREATE INDEX idx_evidence_criteria_indicator ON evidence_criteria(indicator_id);
        ALTER TABLE scores ADD COLUMN explanation TEXT NOT NULL DEFAULT '';
        ALTER TABLE frameworks ADD COLUMN period TEXT NOT NULL DEFAULT '';
        ALTER TABLE indicators ADD COLUMN stated_max TEXT;
        """
    )



@migrations()
def m0009_units_as_written(db: Database) -> None:
    # Issue 17: a plan prints its unit lines as the agency wrote them. The import and the demo keep the role
    # label ("Đơn vị, cá nhân thực hiện") and the unit list as written ("Văn phòng Sở, Phòng Bổ trợ … và …");
    # the units in task_units stay the matched ones. Changing a task's units or note empties the written list.
    db.executescript(
        """
        ALTER TABLE tasks ADD COLUMN lead_label TEXT NOT NULL DEFAULT '';
        ALTER TABLE tasks ADD COLUMN lead_written TEXT NOT NULL DEFAULT '';
        ALTER TABLE tasks ADD COLUMN coop_label TEXT NOT NULL DEFAULT '';
        ALTER TABLE tasks ADD COLUMN coop_written TEXT NOT NULL DEFAULT '';
        """
    )


@migrations()
def m0010_change_details(db: Database) -> None:
    # Issue 18: the change log read back as a history. Each line keeps who made the change (the Windows user
    # and the computer: files travel between machines on USB sticks and shares) and, for the edits the history
    # shows item by item, what changed from what to what (JSON of the fields before and after; NULL where the
    # action does not say). Lines written before this step keep '' and NULL. The indexes serve the history of
    # one item and the newest-first listing filtered by date.
    db.executescript(
        """
        ALTER TABLE change_log ADD COLUMN who TEXT NOT NULL DEFAULT '';
        ALTER TABLE change_log ADD COLUMN computer TEXT NOT NULL DEFAULT '';
        ALTER TABLE change_log ADD COLUMN before TEXT;
        ALTER TABLE change_log ADD COLUMN after TEXT;
        CREATE INDEX idx_change_log_entity ON change_log(entity, entity_id);
        CREATE INDEX idx_change_log_at ON change_log(at);
        """
    )


def known_names() -> list[str]:
    return [m.name for m in migrations._migrations]


SCHEMA_VERSION = len(known_names())
