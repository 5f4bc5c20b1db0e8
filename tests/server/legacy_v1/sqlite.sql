BEGIN TRANSACTION;
CREATE TABLE actions (
	action_id VARCHAR(64) NOT NULL, 
	version INTEGER NOT NULL, 
	estate_id VARCHAR(64) NOT NULL, 
	published BOOLEAN NOT NULL, 
	data TEXT NOT NULL, 
	seq BIGINT NOT NULL, 
	PRIMARY KEY (action_id)
);
INSERT INTO "actions" VALUES('cc73e2dc-0dac-40ed-8313-4571225b2d23',1,'E1',1,'{"action_id":"cc73e2dc-0dac-40ed-8313-4571225b2d23","category":[],"charter_commitment":[],"due_date":null,"escalation":"none","estate_id":"E1","owner_team":"","published":true,"reported_to":[],"source_record_ids":[],"status":"logged","status_reason":"","version":1,"we_did":"Collected","you_said":"Bins"}',19);
CREATE TABLE blob_citations (
	sha256 VARCHAR(64) NOT NULL, 
	user_id VARCHAR(64) NOT NULL, 
	PRIMARY KEY (sha256, user_id)
);
CREATE TABLE changes (
	seq BIGINT NOT NULL, 
	entity VARCHAR(20) NOT NULL, 
	entity_id VARCHAR(64) NOT NULL, 
	op VARCHAR(10) NOT NULL, 
	audience VARCHAR(20) NOT NULL, 
	estate_id VARCHAR(64), 
	owner_id VARCHAR(64), 
	champion_op VARCHAR(10), 
	data TEXT, 
	PRIMARY KEY (seq)
);
INSERT INTO "changes" VALUES(1,'estate','E1','put','estate','E1',NULL,NULL,'{"area":"North","id":"E1","name":"Oak Estate"}');
INSERT INTO "changes" VALUES(2,'estate','E2','put','estate','E2',NULL,NULL,'{"area":"South","id":"E2","name":"Elm Estate"}');
INSERT INTO "changes" VALUES(3,'block','B1','put','estate','E1',NULL,NULL,'{"address":"","estate_id":"E1","has_communal_areas":true,"id":"B1","name":"Ash House"}');
INSERT INTO "changes" VALUES(4,'block','B2','put','estate','E2',NULL,NULL,'{"address":"","estate_id":"E2","has_communal_areas":true,"id":"B2","name":"Birch House"}');
INSERT INTO "changes" VALUES(5,'home','H1','put','estate','E1',NULL,NULL,'{"address":"1 Ash House","block_id":"B1","estate_id":"E1","id":"H1","uprn":null}');
INSERT INTO "changes" VALUES(6,'home','H2','put','estate','E2',NULL,NULL,'{"address":"2 Birch House","block_id":"B2","estate_id":"E2","id":"H2","uprn":null}');
INSERT INTO "changes" VALUES(7,'operative','OP1','put','all',NULL,NULL,NULL,'{"display_name":"Sam","employer":"DLO","id":"OP1"}');
INSERT INTO "changes" VALUES(8,'job','WO-1','put','estate','E1',NULL,NULL,'{"block_id":null,"completed_at":null,"delivered_by":"","description":"Tap","dispatched_at":null,"estate_id":"E1","home_id":"H1","operative_ids":["OP1"],"priority":"routine","ref":"WO-1","reported_at":null,"trade":""}');
INSERT INTO "changes" VALUES(9,'job','WO-2','put','estate','E2',NULL,NULL,'{"block_id":null,"completed_at":null,"delivered_by":"","description":"","dispatched_at":null,"estate_id":"E2","home_id":"H2","operative_ids":[],"priority":"emergency","ref":"WO-2","reported_at":null,"trade":""}');
INSERT INTO "changes" VALUES(10,'setting','landlord_name','put','all',NULL,NULL,NULL,'{"key":"landlord_name","value":"Test Homes"}');
INSERT INTO "changes" VALUES(11,'setting','emergency_repairs_phone','put','all',NULL,NULL,NULL,'{"key":"emergency_repairs_phone","value":"0800 000"}');
INSERT INTO "changes" VALUES(12,'champion','e396cb04-368d-463d-a1f3-febe9871b3f2','put','coordinator',NULL,NULL,NULL,'{"devices":[],"display_name":"cora","estate_ids":[],"id":"e396cb04-368d-463d-a1f3-febe9871b3f2","role":"coordinator","username":"cora"}');
INSERT INTO "changes" VALUES(13,'champion','2fe2cc87-a4c6-496e-9d8a-19cc8167e3fd','put','coordinator',NULL,NULL,NULL,'{"devices":[],"display_name":"Amir","estate_ids":["E1"],"id":"2fe2cc87-a4c6-496e-9d8a-19cc8167e3fd","role":"champion","username":"amir"}');
INSERT INTO "changes" VALUES(14,'champion','2fe2cc87-a4c6-496e-9d8a-19cc8167e3fd','put','coordinator',NULL,NULL,NULL,'{"devices":[{"created_at":"2026-11-26T09:52:09.580135Z","id":"47a8eb0e-dea2-49f7-8891-6ae057a88654","name":"test laptop","revoked_at":null}],"display_name":"Amir","estate_ids":["E1"],"id":"2fe2cc87-a4c6-496e-9d8a-19cc8167e3fd","role":"champion","username":"amir"}');
INSERT INTO "changes" VALUES(15,'champion','e396cb04-368d-463d-a1f3-febe9871b3f2','put','coordinator',NULL,NULL,NULL,'{"devices":[{"created_at":"2026-11-26T09:52:09.781728Z","id":"5ccc2db0-c1b7-4d32-8dff-456f6727a650","name":"office pc","revoked_at":null}],"display_name":"cora","estate_ids":[],"id":"e396cb04-368d-463d-a1f3-febe9871b3f2","role":"coordinator","username":"cora"}');
INSERT INTO "changes" VALUES(16,'record_version','b53b83fd-1af5-4637-a449-8c0a6be40e2c','put','owner','E1','2fe2cc87-a4c6-496e-9d8a-19cc8167e3fd',NULL,'{"attachments":[],"author_id":"2fe2cc87-a4c6-496e-9d8a-19cc8167e3fd","base_version_id":null,"block_id":null,"conflict":false,"created_at":"2026-03-01T10:00:00Z","device_id":"47a8eb0e-dea2-49f7-8891-6ae057a88654","estate_id":"E1","home_id":null,"job_ref":null,"kind":"doorstep","payload":{"collection_method":"doorstep","complaint":{"offered":false,"wants_to_complain":false},"consent":{"contact":{"at":null,"given":false},"photo":{"at":null,"given":false},"quote_in_you_said_we_did":{"at":null,"given":false}},"contact":{"email":"","name":"","phone":"","wants_callback":false},"hazard":"none","hazard_details":"","ratings":{},"respondent":"anonymous","topics":["lifts"],"what_was_said":"Legacy record: the bins were not collected."},"received_at":"2026-11-26T09:52:09.796753Z","record_id":"05162845-9c26-4433-8e2d-68725d7e4226","schema_version":1,"seq":16,"submitted_at":"2026-03-01T10:05:00Z","tz":"Europe/London","version_id":"b53b83fd-1af5-4637-a449-8c0a6be40e2c"}');
INSERT INTO "changes" VALUES(17,'review','301236ae-f10c-4822-b62d-5890badce2d9','put','owner','E1','2fe2cc87-a4c6-496e-9d8a-19cc8167e3fd',NULL,'{"at":"2026-03-02T09:00:00Z","author_id":"e396cb04-368d-463d-a1f3-febe9871b3f2","note":"Which bins?","review_id":"301236ae-f10c-4822-b62d-5890badce2d9","state":"has_issues","version_id":"b53b83fd-1af5-4637-a449-8c0a6be40e2c"}');
INSERT INTO "changes" VALUES(18,'comment','94d0d19a-ba3f-4973-b34f-48258c191579','put','owner','E1','2fe2cc87-a4c6-496e-9d8a-19cc8167e3fd',NULL,'{"at":"2026-03-02T09:00:00Z","author_id":"e396cb04-368d-463d-a1f3-febe9871b3f2","body":"Legacy comment","comment_id":"94d0d19a-ba3f-4973-b34f-48258c191579","record_id":"05162845-9c26-4433-8e2d-68725d7e4226"}');
INSERT INTO "changes" VALUES(19,'action','cc73e2dc-0dac-40ed-8313-4571225b2d23','put','published','E1',NULL,'put','{"action_id":"cc73e2dc-0dac-40ed-8313-4571225b2d23","category":[],"charter_commitment":[],"due_date":null,"escalation":"none","estate_id":"E1","owner_team":"","published":true,"reported_to":[],"source_record_ids":[],"status":"logged","status_reason":"","version":1,"we_did":"Collected","you_said":"Bins"}');
CREATE TABLE comments (
	comment_id VARCHAR(64) NOT NULL, 
	record_id VARCHAR(64) NOT NULL, 
	author_id VARCHAR(64) NOT NULL, 
	content_hash VARCHAR(64) NOT NULL, 
	data TEXT NOT NULL, 
	seq BIGINT NOT NULL, 
	PRIMARY KEY (comment_id)
);
INSERT INTO "comments" VALUES('94d0d19a-ba3f-4973-b34f-48258c191579','05162845-9c26-4433-8e2d-68725d7e4226','e396cb04-368d-463d-a1f3-febe9871b3f2','e9d952401e734760eea85550c2603e94883e51af3ae9afa248c966b164b5a42a','{"at":"2026-03-02T09:00:00Z","author_id":"e396cb04-368d-463d-a1f3-febe9871b3f2","body":"Legacy comment","comment_id":"94d0d19a-ba3f-4973-b34f-48258c191579","record_id":"05162845-9c26-4433-8e2d-68725d7e4226"}',18);
CREATE TABLE devices (
	id VARCHAR(64) NOT NULL, 
	user_id VARCHAR(64) NOT NULL, 
	name VARCHAR(100) NOT NULL, 
	token_hash VARCHAR(64) NOT NULL, 
	created_at DATETIME NOT NULL, 
	revoked_at DATETIME, 
	PRIMARY KEY (id), 
	UNIQUE (token_hash)
);
INSERT INTO "devices" VALUES('47a8eb0e-dea2-49f7-8891-6ae057a88654','2fe2cc87-a4c6-496e-9d8a-19cc8167e3fd','test laptop','5944e850d47014e795fdf0af313b71ccd659b892c4fdebaac43ca60ed4b1a415','2026-11-26 09:52:09.580135',NULL);
INSERT INTO "devices" VALUES('5ccc2db0-c1b7-4d32-8dff-456f6727a650','e396cb04-368d-463d-a1f3-febe9871b3f2','office pc','6b4010c6917109d73b93f7b7ee64382dc9aeb53c0da75392e336e5962c497586','2026-11-26 09:52:09.781728',NULL);
CREATE TABLE enrolment_codes (
	code_hash VARCHAR(64) NOT NULL, 
	user_id VARCHAR(64) NOT NULL, 
	created_at DATETIME NOT NULL, 
	expires_at DATETIME NOT NULL, 
	used_at DATETIME, 
	PRIMARY KEY (code_hash)
);
INSERT INTO "enrolment_codes" VALUES('78078d0b728d420a873ca4c50505dbff3d02bdadf2a1ce03e2a1dddb4c5d03bb','2fe2cc87-a4c6-496e-9d8a-19cc8167e3fd','2026-11-26 09:52:09.572966','2026-12-03 09:52:09.572966','2026-11-26 09:52:09.577532');
CREATE TABLE login_failures (
	id INTEGER NOT NULL, 
	username VARCHAR(100) NOT NULL, 
	at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE mutations (
	mutation_id VARCHAR(64) NOT NULL, 
	content_hash VARCHAR(64) NOT NULL, 
	seq BIGINT NOT NULL, 
	user_id VARCHAR(64) NOT NULL, 
	received_at DATETIME NOT NULL, 
	PRIMARY KEY (mutation_id)
);
INSERT INTO "mutations" VALUES('b2e12cd9-e2cb-40b3-9d62-95ff63d23edd','b4a916480e6d0fff328c258c1543e23b75609d201b1a9f8a98e0f6c8700b3348',16,'2fe2cc87-a4c6-496e-9d8a-19cc8167e3fd','2026-11-26 09:52:09.798531');
INSERT INTO "mutations" VALUES('ea10dc69-45a7-4753-b0f2-30608dc5505c','cb233ea048108e5f954c8b9f6afa3d64cf4273b2eda078506cf44bea43ba285e',17,'e396cb04-368d-463d-a1f3-febe9871b3f2','2026-11-26 09:52:09.806174');
INSERT INTO "mutations" VALUES('30581150-36b4-43b1-b26b-cefef340e99e','b964a5ec1931efa19085f8c7125b500d2f95d6283a9253558d7373fa0171111b',18,'e396cb04-368d-463d-a1f3-febe9871b3f2','2026-11-26 09:52:09.808551');
INSERT INTO "mutations" VALUES('4148f6b3-c68b-4337-9ceb-441cf7bf235e','b146edbd8303664554ff8fddeb880318a4a6c4236f3b302189a6394ed91aec32',19,'e396cb04-368d-463d-a1f3-febe9871b3f2','2026-11-26 09:52:09.810672');
CREATE TABLE record_versions (
	version_id VARCHAR(64) NOT NULL, 
	record_id VARCHAR(64) NOT NULL, 
	author_id VARCHAR(64) NOT NULL, 
	estate_id VARCHAR(64) NOT NULL, 
	content_hash VARCHAR(64) NOT NULL, 
	data TEXT NOT NULL, 
	received_at DATETIME NOT NULL, 
	seq BIGINT NOT NULL, 
	"conflict" BOOLEAN NOT NULL, 
	PRIMARY KEY (version_id)
);
INSERT INTO "record_versions" VALUES('b53b83fd-1af5-4637-a449-8c0a6be40e2c','05162845-9c26-4433-8e2d-68725d7e4226','2fe2cc87-a4c6-496e-9d8a-19cc8167e3fd','E1','ef77d693b12a21b9cff59f25770707a2a3b60fe0517b7ad200e61075a62b6081','{"attachments":[],"author_id":"2fe2cc87-a4c6-496e-9d8a-19cc8167e3fd","base_version_id":null,"block_id":null,"conflict":false,"created_at":"2026-03-01T10:00:00Z","device_id":"47a8eb0e-dea2-49f7-8891-6ae057a88654","estate_id":"E1","home_id":null,"job_ref":null,"kind":"doorstep","payload":{"collection_method":"doorstep","complaint":{"offered":false,"wants_to_complain":false},"consent":{"contact":{"at":null,"given":false},"photo":{"at":null,"given":false},"quote_in_you_said_we_did":{"at":null,"given":false}},"contact":{"email":"","name":"","phone":"","wants_callback":false},"hazard":"none","hazard_details":"","ratings":{},"respondent":"anonymous","topics":["lifts"],"what_was_said":"Legacy record: the bins were not collected."},"received_at":"2026-11-26T09:52:09.796753Z","record_id":"05162845-9c26-4433-8e2d-68725d7e4226","schema_version":1,"seq":16,"submitted_at":"2026-03-01T10:05:00Z","tz":"Europe/London","version_id":"b53b83fd-1af5-4637-a449-8c0a6be40e2c"}','2026-11-26 09:52:09.796753',16,0);
CREATE TABLE records (
	record_id VARCHAR(64) NOT NULL, 
	owner_id VARCHAR(64) NOT NULL, 
	estate_id VARCHAR(64) NOT NULL, 
	head_version_id VARCHAR(64) NOT NULL, 
	PRIMARY KEY (record_id)
);
INSERT INTO "records" VALUES('05162845-9c26-4433-8e2d-68725d7e4226','2fe2cc87-a4c6-496e-9d8a-19cc8167e3fd','E1','b53b83fd-1af5-4637-a449-8c0a6be40e2c');
CREATE TABLE reference (
	entity VARCHAR(20) NOT NULL, 
	id VARCHAR(64) NOT NULL, 
	estate_id VARCHAR(64), 
	data TEXT NOT NULL, 
	seq BIGINT NOT NULL, 
	PRIMARY KEY (entity, id)
);
INSERT INTO "reference" VALUES('estate','E1','E1','{"area":"North","id":"E1","name":"Oak Estate"}',1);
INSERT INTO "reference" VALUES('estate','E2','E2','{"area":"South","id":"E2","name":"Elm Estate"}',2);
INSERT INTO "reference" VALUES('block','B1','E1','{"address":"","estate_id":"E1","has_communal_areas":true,"id":"B1","name":"Ash House"}',3);
INSERT INTO "reference" VALUES('block','B2','E2','{"address":"","estate_id":"E2","has_communal_areas":true,"id":"B2","name":"Birch House"}',4);
INSERT INTO "reference" VALUES('home','H1','E1','{"address":"1 Ash House","block_id":"B1","estate_id":"E1","id":"H1","uprn":null}',5);
INSERT INTO "reference" VALUES('home','H2','E2','{"address":"2 Birch House","block_id":"B2","estate_id":"E2","id":"H2","uprn":null}',6);
INSERT INTO "reference" VALUES('operative','OP1',NULL,'{"display_name":"Sam","employer":"DLO","id":"OP1"}',7);
INSERT INTO "reference" VALUES('job','WO-1','E1','{"block_id":null,"completed_at":null,"delivered_by":"","description":"Tap","dispatched_at":null,"estate_id":"E1","home_id":"H1","operative_ids":["OP1"],"priority":"routine","ref":"WO-1","reported_at":null,"trade":""}',8);
INSERT INTO "reference" VALUES('job','WO-2','E2','{"block_id":null,"completed_at":null,"delivered_by":"","description":"","dispatched_at":null,"estate_id":"E2","home_id":"H2","operative_ids":[],"priority":"emergency","ref":"WO-2","reported_at":null,"trade":""}',9);
INSERT INTO "reference" VALUES('setting','landlord_name',NULL,'{"key":"landlord_name","value":"Test Homes"}',10);
INSERT INTO "reference" VALUES('setting','emergency_repairs_phone',NULL,'{"key":"emergency_repairs_phone","value":"0800 000"}',11);
CREATE TABLE reviews (
	review_id VARCHAR(64) NOT NULL, 
	version_id VARCHAR(64) NOT NULL, 
	content_hash VARCHAR(64) NOT NULL, 
	data TEXT NOT NULL, 
	seq BIGINT NOT NULL, 
	PRIMARY KEY (review_id)
);
INSERT INTO "reviews" VALUES('301236ae-f10c-4822-b62d-5890badce2d9','b53b83fd-1af5-4637-a449-8c0a6be40e2c','b48e63348900769e2e3781183d7988a5469a8706c3febb8a538f107bf5dd5506','{"at":"2026-03-02T09:00:00Z","author_id":"e396cb04-368d-463d-a1f3-febe9871b3f2","note":"Which bins?","review_id":"301236ae-f10c-4822-b62d-5890badce2d9","state":"has_issues","version_id":"b53b83fd-1af5-4637-a449-8c0a6be40e2c"}',17);
CREATE TABLE schema_version (
	version INTEGER NOT NULL, 
	applied_at DATETIME NOT NULL, 
	PRIMARY KEY (version)
);
INSERT INTO "schema_version" VALUES(1,'2026-11-26 09:52:07.815711');
CREATE TABLE seq_counter (
	id INTEGER NOT NULL, 
	value BIGINT NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "seq_counter" VALUES(1,19);
CREATE TABLE server_meta (
	"key" VARCHAR(64) NOT NULL, 
	value TEXT NOT NULL, 
	PRIMARY KEY ("key")
);
INSERT INTO "server_meta" VALUES('server_epoch','60acae8e4e4b5c08');
INSERT INTO "server_meta" VALUES('min_kept_seq','0');
CREATE TABLE user_estates (
	user_id VARCHAR(64) NOT NULL, 
	estate_id VARCHAR(64) NOT NULL, 
	PRIMARY KEY (user_id, estate_id)
);
INSERT INTO "user_estates" VALUES('2fe2cc87-a4c6-496e-9d8a-19cc8167e3fd','E1');
CREATE TABLE users (
	id VARCHAR(64) NOT NULL, 
	username VARCHAR(100) NOT NULL, 
	display_name VARCHAR(200) NOT NULL, 
	role VARCHAR(20) NOT NULL, 
	password_hash TEXT, 
	created_at DATETIME NOT NULL, 
	patch_changed_seq BIGINT NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (username)
);
INSERT INTO "users" VALUES('e396cb04-368d-463d-a1f3-febe9871b3f2','cora','cora','coordinator','$argon2id$v=19$m=65536,t=3,p=4$SKwkgyVVaTXFIOh3k1oG6Q$MxnIBcXqw0DdhXzX57LBAa5vpVPGSarj0/DZiRLQrSM','2026-11-26 09:52:09.565490',0);
INSERT INTO "users" VALUES('2fe2cc87-a4c6-496e-9d8a-19cc8167e3fd','amir','Amir','champion',NULL,'2026-11-26 09:52:09.571188',0);
CREATE INDEX ix_devices_user_id ON devices (user_id);
CREATE INDEX ix_enrolment_codes_user_id ON enrolment_codes (user_id);
CREATE INDEX ix_login_failures_username ON login_failures (username);
CREATE INDEX ix_records_owner_id ON records (owner_id);
CREATE INDEX ix_record_versions_record_id ON record_versions (record_id);
CREATE INDEX ix_reviews_version_id ON reviews (version_id);
CREATE INDEX ix_comments_record_id ON comments (record_id);
CREATE INDEX ix_changes_owner ON changes (owner_id, seq);
CREATE INDEX ix_changes_estate ON changes (estate_id, seq);
COMMIT;
