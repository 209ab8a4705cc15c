"""The schema of a new calendar file: the statements that build what the migrations build (generated).

A new calendar file is given its tables in one transaction from these statements instead of by
running every migration through Alembic. Written by ``python -m cica_planner.storage.migration_runs``
from a database the migrations built, in SQLite's own words; a test checks that a calendar made
from it equals a migrated one (tables, columns, indexes, triggers, stamp). Do not edit by hand.
"""

#: The revision these statements are; a new calendar of any other head runs the migrations.
REVISION = '0011'

STATEMENTS: tuple[str, ...] = (
    (
        'CREATE TABLE alembic_version (\n'
        '\tversion_num VARCHAR(32) NOT NULL, \n'
        '\tCONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n'
        ')'
    ),
    (
        'CREATE TABLE body (\n'
        '\tcode VARCHAR NOT NULL, \n'
        '\tname VARCHAR NOT NULL, \n'
        '\tkind VARCHAR NOT NULL, \n'
        '\tdescription VARCHAR NOT NULL, \n'
        '\tcolour VARCHAR NOT NULL, \n'
        '\tPRIMARY KEY (code)\n'
        ')'
    ),
    (
        'CREATE TABLE event (\n'
        '\tid INTEGER NOT NULL, \n'
        '\tuid VARCHAR NOT NULL, \n'
        '\ttitle VARCHAR NOT NULL, \n'
        '\tcategory VARCHAR NOT NULL, \n'
        '\tall_day BOOLEAN NOT NULL, \n'
        '\tstart_utc DATETIME, \n'
        '\tend_utc DATETIME, \n'
        '\tstart_day DATE, \n'
        '\tend_day DATE, \n'
        '\ttzid VARCHAR NOT NULL, \n'
        '\tprecision VARCHAR NOT NULL, \n'
        '\tperiod_part VARCHAR, \n'
        '\tcity VARCHAR NOT NULL, \n'
        '\tcountry VARCHAR NOT NULL, \n'
        '\tvenue VARCHAR NOT NULL, \n'
        '\tmode VARCHAR NOT NULL, \n'
        '\tstatus VARCHAR NOT NULL, \n'
        '\torganiser VARCHAR NOT NULL, \n'
        '\tdescription VARCHAR NOT NULL, \n'
        '\trrule VARCHAR, \n'
        '\texdates VARCHAR NOT NULL, \n'
        '\tsequence INTEGER NOT NULL, \n'
        '\tcreated DATETIME NOT NULL, \n'
        "\tlast_modified DATETIME NOT NULL, rdates VARCHAR DEFAULT '' NOT NULL, extra_rules VARCHAR DEFAULT '' NOT NULL, version INTEGER DEFAULT '1' NOT NULL, changed_by VARCHAR DEFAULT '' NOT NULL, changed_at DATETIME, series_first_utc DATETIME, series_last_utc DATETIME, \n"
        '\tPRIMARY KEY (id)\n'
        ')'
    ),
    (
        'CREATE INDEX ix_event_category ON event (category)'
    ),
    (
        'CREATE INDEX ix_event_start_day ON event (start_day)'
    ),
    (
        'CREATE INDEX ix_event_start_utc ON event (start_utc)'
    ),
    (
        'CREATE UNIQUE INDEX ix_event_uid ON event (uid)'
    ),
    (
        'CREATE TABLE event_change (\n'
        '\tid INTEGER NOT NULL, \n'
        '\tevent_id INTEGER NOT NULL, \n'
        '\tchanged_at DATETIME NOT NULL, \n'
        '\treason VARCHAR NOT NULL, \n'
        '\told_start VARCHAR NOT NULL, \n'
        '\told_end VARCHAR NOT NULL, \n'
        '\tnew_start VARCHAR NOT NULL, \n'
        '\tnew_end VARCHAR NOT NULL, \n'
        '\told_place VARCHAR NOT NULL, \n'
        '\tnew_place VARCHAR NOT NULL, \n'
        '\told_mode VARCHAR NOT NULL, \n'
        "\tnew_mode VARCHAR NOT NULL, changed_by VARCHAR DEFAULT '' NOT NULL, \n"
        '\tPRIMARY KEY (id), \n'
        '\tFOREIGN KEY(event_id) REFERENCES event (id) ON DELETE CASCADE\n'
        ')'
    ),
    (
        'CREATE INDEX ix_event_change_event_id ON event_change (event_id)'
    ),
    (
        'CREATE TABLE body_chair (\n'
        '\tid INTEGER NOT NULL, \n'
        '\tbody_code VARCHAR NOT NULL, \n'
        '\tholder VARCHAR NOT NULL, \n'
        '\tcountry VARCHAR NOT NULL, \n'
        '\tstarts DATE, \n'
        '\tends DATE, \n'
        "\tnote VARCHAR NOT NULL, version INTEGER DEFAULT '1' NOT NULL, changed_by VARCHAR DEFAULT '' NOT NULL, changed_at DATETIME, \n"
        '\tPRIMARY KEY (id)\n'
        ')'
    ),
    (
        'CREATE INDEX ix_body_chair_body_code ON body_chair (body_code)'
    ),
    (
        'CREATE TABLE chair_term (\n'
        '\tid INTEGER NOT NULL, \n'
        '\tcountry VARCHAR NOT NULL, \n'
        '\tstarts DATE NOT NULL, \n'
        '\tends DATE, \n'
        '\topened_by VARCHAR NOT NULL, \n'
        '\tclosed_by VARCHAR NOT NULL, \n'
        '\tdecided_on DATE, \n'
        '\tdecided_how VARCHAR NOT NULL, \n'
        '\ttheme VARCHAR NOT NULL, \n'
        "\tpriorities VARCHAR NOT NULL, version INTEGER DEFAULT '1' NOT NULL, changed_by VARCHAR DEFAULT '' NOT NULL, changed_at DATETIME, \n"
        '\tPRIMARY KEY (id)\n'
        ')'
    ),
    (
        'CREATE INDEX ix_chair_term_country ON chair_term (country)'
    ),
    (
        'CREATE TABLE checklist_template (\n'
        '\tid INTEGER NOT NULL, \n'
        '\t"key" VARCHAR NOT NULL, \n'
        '\tname VARCHAR NOT NULL, \n'
        '\tcategories VARCHAR NOT NULL, \n'
        "\tdescription VARCHAR NOT NULL, version INTEGER DEFAULT '1' NOT NULL, changed_by VARCHAR DEFAULT '' NOT NULL, changed_at DATETIME, \n"
        '\tPRIMARY KEY (id), \n'
        '\tUNIQUE ("key")\n'
        ')'
    ),
    (
        'CREATE TABLE handover (\n'
        '\tid INTEGER NOT NULL, \n'
        '\tfrom_country VARCHAR NOT NULL, \n'
        '\tto_country VARCHAR NOT NULL, \n'
        '\tanchor_event_uid VARCHAR NOT NULL, \n'
        '\ttitle VARCHAR NOT NULL, \n'
        '\tcreated DATETIME NOT NULL, \n'
        '\tPRIMARY KEY (id)\n'
        ')'
    ),
    (
        'CREATE INDEX ix_handover_anchor_event_uid ON handover (anchor_event_uid)'
    ),
    (
        'CREATE TABLE task (\n'
        '\tid INTEGER NOT NULL, \n'
        '\tevent_uid VARCHAR NOT NULL, \n'
        '\thandover_id INTEGER, \n'
        '\ttitle VARCHAR NOT NULL, \n'
        '\towner VARCHAR NOT NULL, \n'
        '\tdue_fixed DATE, \n'
        '\toffset_amount INTEGER, \n'
        '\toffset_unit VARCHAR, \n'
        '\toffset_anchor VARCHAR, \n'
        '\tstatus VARCHAR NOT NULL, \n'
        '\tpriority VARCHAR NOT NULL, \n'
        '\tnotes VARCHAR NOT NULL, \n'
        '\tcompleted_on DATE, \n'
        '\tposition INTEGER NOT NULL, \n'
        "\ttags VARCHAR NOT NULL, version INTEGER DEFAULT '1' NOT NULL, changed_by VARCHAR DEFAULT '' NOT NULL, changed_at DATETIME, \n"
        '\tPRIMARY KEY (id), \n'
        '\tFOREIGN KEY(event_uid) REFERENCES event (uid) ON DELETE CASCADE ON UPDATE CASCADE, \n'
        '\tFOREIGN KEY(handover_id) REFERENCES handover (id) ON DELETE CASCADE\n'
        ')'
    ),
    (
        'CREATE INDEX ix_task_event_uid ON task (event_uid)'
    ),
    (
        'CREATE INDEX ix_task_handover_id ON task (handover_id)'
    ),
    (
        'CREATE INDEX ix_task_owner ON task (owner)'
    ),
    (
        'CREATE INDEX ix_task_status ON task (status)'
    ),
    (
        'CREATE TABLE template_item (\n'
        '\tid INTEGER NOT NULL, \n'
        '\ttemplate_id INTEGER NOT NULL, \n'
        '\ttitle VARCHAR NOT NULL, \n'
        '\t"offset" VARCHAR NOT NULL, \n'
        '\towner VARCHAR NOT NULL, \n'
        '\tpriority VARCHAR NOT NULL, \n'
        "\tposition INTEGER NOT NULL, applies_when VARCHAR DEFAULT '' NOT NULL, \n"
        '\tPRIMARY KEY (id), \n'
        '\tFOREIGN KEY(template_id) REFERENCES checklist_template (id) ON DELETE CASCADE\n'
        ')'
    ),
    (
        'CREATE INDEX ix_template_item_template_id ON template_item (template_id)'
    ),
    (
        'CREATE TABLE "country" (\n'
        '\tcode VARCHAR(2) NOT NULL, \n'
        '\tname VARCHAR NOT NULL, \n'
        '\ttzid VARCHAR NOT NULL, \n'
        '\tstatus VARCHAR NOT NULL, \n'
        '\tjoined VARCHAR NOT NULL, \n'
        '\tPRIMARY KEY (code)\n'
        ')'
    ),
    (
        'CREATE TABLE published_collection (\n'
        '\tid INTEGER NOT NULL, \n'
        '\turl VARCHAR NOT NULL, \n'
        '\tuser VARCHAR NOT NULL, \n'
        '\toptions VARCHAR NOT NULL, \n'
        '\tlast_published DATETIME, \n'
        '\tlast_synced DATETIME, \n'
        '\tPRIMARY KEY (id), \n'
        '\tUNIQUE (url)\n'
        ')'
    ),
    (
        'CREATE TABLE published_resource (\n'
        '\tid INTEGER NOT NULL, \n'
        '\tcollection_id INTEGER NOT NULL, \n'
        '\tuid VARCHAR NOT NULL, \n'
        '\thref VARCHAR NOT NULL, \n'
        '\tkind VARCHAR NOT NULL, \n'
        '\tevent_uid VARCHAR NOT NULL, \n'
        '\tetag VARCHAR NOT NULL, \n'
        '\tcontent_hash VARCHAR NOT NULL, \n'
        '\tbody VARCHAR NOT NULL, \n'
        '\tPRIMARY KEY (id), \n'
        '\tFOREIGN KEY(collection_id) REFERENCES published_collection (id) ON DELETE CASCADE, \n'
        '\tCONSTRAINT uq_published_resource_uid UNIQUE (collection_id, uid)\n'
        ')'
    ),
    (
        'CREATE INDEX ix_published_resource_collection_id ON published_resource (collection_id)'
    ),
    (
        'CREATE TABLE event_override (\n'
        '\tid INTEGER NOT NULL, \n'
        '\tevent_id INTEGER NOT NULL, \n'
        '\trecurrence_id VARCHAR NOT NULL, \n'
        '\tthis_and_future BOOLEAN NOT NULL, \n'
        '\tstart VARCHAR NOT NULL, \n'
        '\t"end" VARCHAR NOT NULL, \n'
        '\ttitle VARCHAR NOT NULL, \n'
        '\tcategory VARCHAR NOT NULL, \n'
        '\tcity VARCHAR NOT NULL, \n'
        '\tcountry VARCHAR NOT NULL, \n'
        '\tvenue VARCHAR NOT NULL, \n'
        '\tmode VARCHAR NOT NULL, \n'
        '\tstatus VARCHAR NOT NULL, \n'
        '\torganiser VARCHAR NOT NULL, \n'
        '\tdescription VARCHAR NOT NULL, \n'
        '\tsequence INTEGER NOT NULL, \n'
        '\tPRIMARY KEY (id), \n'
        '\tFOREIGN KEY(event_id) REFERENCES event (id) ON DELETE CASCADE\n'
        ')'
    ),
    (
        'CREATE INDEX ix_event_override_event_id ON event_override (event_id)'
    ),
    (
        'CREATE INDEX ix_event_end_utc ON event (end_utc)'
    ),
    (
        'CREATE INDEX ix_event_end_day ON event (end_day)'
    ),
    (
        'CREATE INDEX ix_event_country ON event (country)'
    ),
    (
        'CREATE INDEX ix_event_status ON event (status)'
    ),
    (
        'CREATE INDEX ix_task_due_fixed ON task (due_fixed)'
    ),
    (
        'CREATE INDEX ix_event_series_span ON event (series_last_utc, series_first_utc) WHERE series_first_utc IS NOT NULL'
    ),
    (
        'CREATE INDEX ix_event_timed_length ON event ((julianday(end_utc) - julianday(start_utc))) WHERE all_day = 0 AND rrule IS NULL'
    ),
    (
        'CREATE INDEX ix_event_day_length ON event ((julianday(end_day) - julianday(start_day))) WHERE all_day = 1 AND rrule IS NULL'
    ),
)
