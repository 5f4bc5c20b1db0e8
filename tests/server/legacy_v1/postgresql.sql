--
-- PostgreSQL database dump
--

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

--
-- Name: actions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.actions (
    action_id character varying(64) NOT NULL,
    version integer NOT NULL,
    estate_id character varying(64) NOT NULL,
    published boolean NOT NULL,
    data text NOT NULL,
    seq bigint NOT NULL
);

--
-- Name: blob_citations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.blob_citations (
    sha256 character varying(64) NOT NULL,
    user_id character varying(64) NOT NULL
);

--
-- Name: changes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.changes (
    seq bigint NOT NULL,
    entity character varying(20) NOT NULL,
    entity_id character varying(64) NOT NULL,
    op character varying(10) NOT NULL,
    audience character varying(20) NOT NULL,
    estate_id character varying(64),
    owner_id character varying(64),
    champion_op character varying(10),
    data text
);

--
-- Name: comments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.comments (
    comment_id character varying(64) NOT NULL,
    record_id character varying(64) NOT NULL,
    author_id character varying(64) NOT NULL,
    content_hash character varying(64) NOT NULL,
    data text NOT NULL,
    seq bigint NOT NULL
);

--
-- Name: devices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.devices (
    id character varying(64) NOT NULL,
    user_id character varying(64) NOT NULL,
    name character varying(100) NOT NULL,
    token_hash character varying(64) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone
);

--
-- Name: enrolment_codes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.enrolment_codes (
    code_hash character varying(64) NOT NULL,
    user_id character varying(64) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    used_at timestamp with time zone
);

--
-- Name: login_failures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.login_failures (
    id integer NOT NULL,
    username character varying(100) NOT NULL,
    at timestamp with time zone NOT NULL
);

--
-- Name: login_failures_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.login_failures_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: login_failures_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.login_failures_id_seq OWNED BY public.login_failures.id;

--
-- Name: mutations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mutations (
    mutation_id character varying(64) NOT NULL,
    content_hash character varying(64) NOT NULL,
    seq bigint NOT NULL,
    user_id character varying(64) NOT NULL,
    received_at timestamp with time zone NOT NULL
);

--
-- Name: record_versions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.record_versions (
    version_id character varying(64) NOT NULL,
    record_id character varying(64) NOT NULL,
    author_id character varying(64) NOT NULL,
    estate_id character varying(64) NOT NULL,
    content_hash character varying(64) NOT NULL,
    data text NOT NULL,
    received_at timestamp with time zone NOT NULL,
    seq bigint NOT NULL,
    conflict boolean NOT NULL
);

--
-- Name: records; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.records (
    record_id character varying(64) NOT NULL,
    owner_id character varying(64) NOT NULL,
    estate_id character varying(64) NOT NULL,
    head_version_id character varying(64) NOT NULL
);

--
-- Name: reference; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reference (
    entity character varying(20) NOT NULL,
    id character varying(64) NOT NULL,
    estate_id character varying(64),
    data text NOT NULL,
    seq bigint NOT NULL
);

--
-- Name: reviews; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reviews (
    review_id character varying(64) NOT NULL,
    version_id character varying(64) NOT NULL,
    content_hash character varying(64) NOT NULL,
    data text NOT NULL,
    seq bigint NOT NULL
);

--
-- Name: schema_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_version (
    version integer NOT NULL,
    applied_at timestamp with time zone NOT NULL
);

--
-- Name: schema_version_version_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.schema_version_version_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: schema_version_version_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.schema_version_version_seq OWNED BY public.schema_version.version;

--
-- Name: seq_counter; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.seq_counter (
    id integer NOT NULL,
    value bigint NOT NULL
);

--
-- Name: seq_counter_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.seq_counter_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: seq_counter_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.seq_counter_id_seq OWNED BY public.seq_counter.id;

--
-- Name: server_meta; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.server_meta (
    key character varying(64) NOT NULL,
    value text NOT NULL
);

--
-- Name: user_estates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_estates (
    user_id character varying(64) NOT NULL,
    estate_id character varying(64) NOT NULL
);

--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    id character varying(64) NOT NULL,
    username character varying(100) NOT NULL,
    display_name character varying(200) NOT NULL,
    role character varying(20) NOT NULL,
    password_hash text,
    created_at timestamp with time zone NOT NULL,
    patch_changed_seq bigint NOT NULL
);

--
-- Name: login_failures id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_failures ALTER COLUMN id SET DEFAULT nextval('public.login_failures_id_seq'::regclass);

--
-- Name: schema_version version; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_version ALTER COLUMN version SET DEFAULT nextval('public.schema_version_version_seq'::regclass);

--
-- Name: seq_counter id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seq_counter ALTER COLUMN id SET DEFAULT nextval('public.seq_counter_id_seq'::regclass);

--
-- Data for Name: actions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.actions VALUES ('94e064cd-f979-4f24-9d31-f7fb002de2ad', 1, 'E1', true, '{"action_id":"94e064cd-f979-4f24-9d31-f7fb002de2ad","category":[],"charter_commitment":[],"due_date":null,"escalation":"none","estate_id":"E1","owner_team":"","published":true,"reported_to":[],"source_record_ids":[],"status":"logged","status_reason":"","version":1,"we_did":"Collected","you_said":"Bins"}', 19);

--
-- Data for Name: blob_citations; Type: TABLE DATA; Schema: public; Owner: -
--

--
-- Data for Name: changes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.changes VALUES (1, 'estate', 'E1', 'put', 'estate', 'E1', NULL, NULL, '{"area":"North","id":"E1","name":"Oak Estate"}');
INSERT INTO public.changes VALUES (2, 'estate', 'E2', 'put', 'estate', 'E2', NULL, NULL, '{"area":"South","id":"E2","name":"Elm Estate"}');
INSERT INTO public.changes VALUES (3, 'block', 'B1', 'put', 'estate', 'E1', NULL, NULL, '{"address":"","estate_id":"E1","has_communal_areas":true,"id":"B1","name":"Ash House"}');
INSERT INTO public.changes VALUES (4, 'block', 'B2', 'put', 'estate', 'E2', NULL, NULL, '{"address":"","estate_id":"E2","has_communal_areas":true,"id":"B2","name":"Birch House"}');
INSERT INTO public.changes VALUES (5, 'home', 'H1', 'put', 'estate', 'E1', NULL, NULL, '{"address":"1 Ash House","block_id":"B1","estate_id":"E1","id":"H1","uprn":null}');
INSERT INTO public.changes VALUES (6, 'home', 'H2', 'put', 'estate', 'E2', NULL, NULL, '{"address":"2 Birch House","block_id":"B2","estate_id":"E2","id":"H2","uprn":null}');
INSERT INTO public.changes VALUES (7, 'operative', 'OP1', 'put', 'all', NULL, NULL, NULL, '{"display_name":"Sam","employer":"DLO","id":"OP1"}');
INSERT INTO public.changes VALUES (8, 'job', 'WO-1', 'put', 'estate', 'E1', NULL, NULL, '{"block_id":null,"completed_at":null,"delivered_by":"","description":"Tap","dispatched_at":null,"estate_id":"E1","home_id":"H1","operative_ids":["OP1"],"priority":"routine","ref":"WO-1","reported_at":null,"trade":""}');
INSERT INTO public.changes VALUES (9, 'job', 'WO-2', 'put', 'estate', 'E2', NULL, NULL, '{"block_id":null,"completed_at":null,"delivered_by":"","description":"","dispatched_at":null,"estate_id":"E2","home_id":"H2","operative_ids":[],"priority":"emergency","ref":"WO-2","reported_at":null,"trade":""}');
INSERT INTO public.changes VALUES (10, 'setting', 'landlord_name', 'put', 'all', NULL, NULL, NULL, '{"key":"landlord_name","value":"Test Homes"}');
INSERT INTO public.changes VALUES (11, 'setting', 'emergency_repairs_phone', 'put', 'all', NULL, NULL, NULL, '{"key":"emergency_repairs_phone","value":"0800 000"}');
INSERT INTO public.changes VALUES (12, 'champion', 'eaeaf3c2-b84c-4f42-9317-036c41b45ffe', 'put', 'coordinator', NULL, NULL, NULL, '{"devices":[],"display_name":"cora","estate_ids":[],"id":"eaeaf3c2-b84c-4f42-9317-036c41b45ffe","role":"coordinator","username":"cora"}');
INSERT INTO public.changes VALUES (13, 'champion', '958bc0c3-a224-4435-b8de-3d3ca76ec3e1', 'put', 'coordinator', NULL, NULL, NULL, '{"devices":[],"display_name":"Amir","estate_ids":["E1"],"id":"958bc0c3-a224-4435-b8de-3d3ca76ec3e1","role":"champion","username":"amir"}');
INSERT INTO public.changes VALUES (14, 'champion', '958bc0c3-a224-4435-b8de-3d3ca76ec3e1', 'put', 'coordinator', NULL, NULL, NULL, '{"devices":[{"created_at":"2026-11-26T09:52:11.512163Z","id":"5b3098d3-8901-4902-9258-db2772545f9c","name":"test laptop","revoked_at":null}],"display_name":"Amir","estate_ids":["E1"],"id":"958bc0c3-a224-4435-b8de-3d3ca76ec3e1","role":"champion","username":"amir"}');
INSERT INTO public.changes VALUES (15, 'champion', 'eaeaf3c2-b84c-4f42-9317-036c41b45ffe', 'put', 'coordinator', NULL, NULL, NULL, '{"devices":[{"created_at":"2026-11-26T09:52:11.716656Z","id":"ac0c49d2-cd03-40c9-9751-570d21a27305","name":"office pc","revoked_at":null}],"display_name":"cora","estate_ids":[],"id":"eaeaf3c2-b84c-4f42-9317-036c41b45ffe","role":"coordinator","username":"cora"}');
INSERT INTO public.changes VALUES (16, 'record_version', '48561fcc-7737-4478-b8e4-1cda94b001db', 'put', 'owner', 'E1', '958bc0c3-a224-4435-b8de-3d3ca76ec3e1', NULL, '{"attachments":[],"author_id":"958bc0c3-a224-4435-b8de-3d3ca76ec3e1","base_version_id":null,"block_id":null,"conflict":false,"created_at":"2026-03-01T10:00:00Z","device_id":"5b3098d3-8901-4902-9258-db2772545f9c","estate_id":"E1","home_id":null,"job_ref":null,"kind":"doorstep","payload":{"collection_method":"doorstep","complaint":{"offered":false,"wants_to_complain":false},"consent":{"contact":{"at":null,"given":false},"photo":{"at":null,"given":false},"quote_in_you_said_we_did":{"at":null,"given":false}},"contact":{"email":"","name":"","phone":"","wants_callback":false},"hazard":"none","hazard_details":"","ratings":{},"respondent":"anonymous","topics":["lifts"],"what_was_said":"Legacy record: the bins were not collected."},"received_at":"2026-11-26T09:52:11.735182Z","record_id":"4e1c519b-a7e5-4381-8c65-9f054855c213","schema_version":1,"seq":16,"submitted_at":"2026-03-01T10:05:00Z","tz":"Europe/London","version_id":"48561fcc-7737-4478-b8e4-1cda94b001db"}');
INSERT INTO public.changes VALUES (17, 'review', '2a9fa2e5-321e-40e8-89fe-cfbc09113cf3', 'put', 'owner', 'E1', '958bc0c3-a224-4435-b8de-3d3ca76ec3e1', NULL, '{"at":"2026-03-02T09:00:00Z","author_id":"eaeaf3c2-b84c-4f42-9317-036c41b45ffe","note":"Which bins?","review_id":"2a9fa2e5-321e-40e8-89fe-cfbc09113cf3","state":"has_issues","version_id":"48561fcc-7737-4478-b8e4-1cda94b001db"}');
INSERT INTO public.changes VALUES (18, 'comment', '09627da5-6c0e-4762-b771-d1b9b25a5eb2', 'put', 'owner', 'E1', '958bc0c3-a224-4435-b8de-3d3ca76ec3e1', NULL, '{"at":"2026-03-02T09:00:00Z","author_id":"eaeaf3c2-b84c-4f42-9317-036c41b45ffe","body":"Legacy comment","comment_id":"09627da5-6c0e-4762-b771-d1b9b25a5eb2","record_id":"4e1c519b-a7e5-4381-8c65-9f054855c213"}');
INSERT INTO public.changes VALUES (19, 'action', '94e064cd-f979-4f24-9d31-f7fb002de2ad', 'put', 'published', 'E1', NULL, 'put', '{"action_id":"94e064cd-f979-4f24-9d31-f7fb002de2ad","category":[],"charter_commitment":[],"due_date":null,"escalation":"none","estate_id":"E1","owner_team":"","published":true,"reported_to":[],"source_record_ids":[],"status":"logged","status_reason":"","version":1,"we_did":"Collected","you_said":"Bins"}');

--
-- Data for Name: comments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.comments VALUES ('09627da5-6c0e-4762-b771-d1b9b25a5eb2', '4e1c519b-a7e5-4381-8c65-9f054855c213', 'eaeaf3c2-b84c-4f42-9317-036c41b45ffe', '95f67d4306e048857e80a8a59ea76696ce3867afd59834e125330ac74229a5de', '{"at":"2026-03-02T09:00:00Z","author_id":"eaeaf3c2-b84c-4f42-9317-036c41b45ffe","body":"Legacy comment","comment_id":"09627da5-6c0e-4762-b771-d1b9b25a5eb2","record_id":"4e1c519b-a7e5-4381-8c65-9f054855c213"}', 18);

--
-- Data for Name: devices; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.devices VALUES ('5b3098d3-8901-4902-9258-db2772545f9c', '958bc0c3-a224-4435-b8de-3d3ca76ec3e1', 'test laptop', '09a50f43a2559de8841b486f54c37ec450e59bf12ff069f17bb2cb415d261f8b', '2026-11-26 09:52:11.512163+00', NULL);
INSERT INTO public.devices VALUES ('ac0c49d2-cd03-40c9-9751-570d21a27305', 'eaeaf3c2-b84c-4f42-9317-036c41b45ffe', 'office pc', '18e1b080a6204187ac8ae4041bc90048b77b143e6a61e63ed1d62cff76d94a68', '2026-11-26 09:52:11.716656+00', NULL);

--
-- Data for Name: enrolment_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.enrolment_codes VALUES ('61658d0842d3be65c71bdbc68d69f25f895f3267f6bd8a625f0a8a91936f74a6', '958bc0c3-a224-4435-b8de-3d3ca76ec3e1', '2026-11-26 09:52:11.502591+00', '2026-12-03 09:52:11.502591+00', '2026-11-26 09:52:11.508121+00');

--
-- Data for Name: login_failures; Type: TABLE DATA; Schema: public; Owner: -
--

--
-- Data for Name: mutations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mutations VALUES ('6b172bac-feea-4bfe-8677-684016c432c9', 'd811a9770d950394264dd586923fa187f60ba58437d228b2dea49611d7f7164d', 16, '958bc0c3-a224-4435-b8de-3d3ca76ec3e1', '2026-11-26 09:52:11.74041+00');
INSERT INTO public.mutations VALUES ('ae956896-b75c-4968-b1a3-5dcb22cce2ab', '8e4bb3997a1d6de999656ad2115f7f9441adc8771c6a86facaa53d56a1495ae3', 17, 'eaeaf3c2-b84c-4f42-9317-036c41b45ffe', '2026-11-26 09:52:11.753002+00');
INSERT INTO public.mutations VALUES ('78373f2f-6646-4a62-b43d-34906888409d', 'ffea34ac48d8cdbcee35b4e6fd835485953764064deb634cc3855876f3b46924', 18, 'eaeaf3c2-b84c-4f42-9317-036c41b45ffe', '2026-11-26 09:52:11.7571+00');
INSERT INTO public.mutations VALUES ('97944bae-0e60-4e41-be6e-c7bae32cd4d6', 'bca39475975d4850b5f033a2dd4e3a70a819903e1dae4aefa64e542d1751e182', 19, 'eaeaf3c2-b84c-4f42-9317-036c41b45ffe', '2026-11-26 09:52:11.760963+00');

--
-- Data for Name: record_versions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.record_versions VALUES ('48561fcc-7737-4478-b8e4-1cda94b001db', '4e1c519b-a7e5-4381-8c65-9f054855c213', '958bc0c3-a224-4435-b8de-3d3ca76ec3e1', 'E1', '78a85f67acbf061efa36b15be702332392a8a0f7f24945c9a84bb39d03e05be9', '{"attachments":[],"author_id":"958bc0c3-a224-4435-b8de-3d3ca76ec3e1","base_version_id":null,"block_id":null,"conflict":false,"created_at":"2026-03-01T10:00:00Z","device_id":"5b3098d3-8901-4902-9258-db2772545f9c","estate_id":"E1","home_id":null,"job_ref":null,"kind":"doorstep","payload":{"collection_method":"doorstep","complaint":{"offered":false,"wants_to_complain":false},"consent":{"contact":{"at":null,"given":false},"photo":{"at":null,"given":false},"quote_in_you_said_we_did":{"at":null,"given":false}},"contact":{"email":"","name":"","phone":"","wants_callback":false},"hazard":"none","hazard_details":"","ratings":{},"respondent":"anonymous","topics":["lifts"],"what_was_said":"Legacy record: the bins were not collected."},"received_at":"2026-11-26T09:52:11.735182Z","record_id":"4e1c519b-a7e5-4381-8c65-9f054855c213","schema_version":1,"seq":16,"submitted_at":"2026-03-01T10:05:00Z","tz":"Europe/London","version_id":"48561fcc-7737-4478-b8e4-1cda94b001db"}', '2026-11-26 09:52:11.735182+00', 16, false);

--
-- Data for Name: records; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.records VALUES ('4e1c519b-a7e5-4381-8c65-9f054855c213', '958bc0c3-a224-4435-b8de-3d3ca76ec3e1', 'E1', '48561fcc-7737-4478-b8e4-1cda94b001db');

--
-- Data for Name: reference; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.reference VALUES ('estate', 'E1', 'E1', '{"area":"North","id":"E1","name":"Oak Estate"}', 1);
INSERT INTO public.reference VALUES ('estate', 'E2', 'E2', '{"area":"South","id":"E2","name":"Elm Estate"}', 2);
INSERT INTO public.reference VALUES ('block', 'B1', 'E1', '{"address":"","estate_id":"E1","has_communal_areas":true,"id":"B1","name":"Ash House"}', 3);
INSERT INTO public.reference VALUES ('block', 'B2', 'E2', '{"address":"","estate_id":"E2","has_communal_areas":true,"id":"B2","name":"Birch House"}', 4);
INSERT INTO public.reference VALUES ('home', 'H1', 'E1', '{"address":"1 Ash House","block_id":"B1","estate_id":"E1","id":"H1","uprn":null}', 5);
INSERT INTO public.reference VALUES ('home', 'H2', 'E2', '{"address":"2 Birch House","block_id":"B2","estate_id":"E2","id":"H2","uprn":null}', 6);
INSERT INTO public.reference VALUES ('operative', 'OP1', NULL, '{"display_name":"Sam","employer":"DLO","id":"OP1"}', 7);
INSERT INTO public.reference VALUES ('job', 'WO-1', 'E1', '{"block_id":null,"completed_at":null,"delivered_by":"","description":"Tap","dispatched_at":null,"estate_id":"E1","home_id":"H1","operative_ids":["OP1"],"priority":"routine","ref":"WO-1","reported_at":null,"trade":""}', 8);
INSERT INTO public.reference VALUES ('job', 'WO-2', 'E2', '{"block_id":null,"completed_at":null,"delivered_by":"","description":"","dispatched_at":null,"estate_id":"E2","home_id":"H2","operative_ids":[],"priority":"emergency","ref":"WO-2","reported_at":null,"trade":""}', 9);
INSERT INTO public.reference VALUES ('setting', 'landlord_name', NULL, '{"key":"landlord_name","value":"Test Homes"}', 10);
INSERT INTO public.reference VALUES ('setting', 'emergency_repairs_phone', NULL, '{"key":"emergency_repairs_phone","value":"0800 000"}', 11);

--
-- Data for Name: reviews; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.reviews VALUES ('2a9fa2e5-321e-40e8-89fe-cfbc09113cf3', '48561fcc-7737-4478-b8e4-1cda94b001db', 'bb7a7d23d408bea919269d9d3ae4b6c14f5710e844c15fd3235189cbc5f3c9af', '{"at":"2026-03-02T09:00:00Z","author_id":"eaeaf3c2-b84c-4f42-9317-036c41b45ffe","note":"Which bins?","review_id":"2a9fa2e5-321e-40e8-89fe-cfbc09113cf3","state":"has_issues","version_id":"48561fcc-7737-4478-b8e4-1cda94b001db"}', 17);

--
-- Data for Name: schema_version; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.schema_version VALUES (1, '2026-11-26 09:52:10.329146+00');

--
-- Data for Name: seq_counter; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.seq_counter VALUES (1, 19);

--
-- Data for Name: server_meta; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.server_meta VALUES ('server_epoch', 'f76af1bcb0077b27');
INSERT INTO public.server_meta VALUES ('min_kept_seq', '0');

--
-- Data for Name: user_estates; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_estates VALUES ('958bc0c3-a224-4435-b8de-3d3ca76ec3e1', 'E1');

--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('eaeaf3c2-b84c-4f42-9317-036c41b45ffe', 'cora', 'cora', 'coordinator', '$argon2id$v=19$m=65536,t=3,p=4$Y6JuCaNrLyR5ENSPVXx3Yg$kXB4mq7oC8GGv/3imMclDrFrY2+0CWTcvR2xNQY+V1U', '2026-11-26 09:52:11.489078+00', 0);
INSERT INTO public.users VALUES ('958bc0c3-a224-4435-b8de-3d3ca76ec3e1', 'amir', 'Amir', 'champion', NULL, '2026-11-26 09:52:11.498973+00', 0);

--
-- Name: login_failures_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.login_failures_id_seq', 1, false);

--
-- Name: schema_version_version_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.schema_version_version_seq', 1, false);

--
-- Name: seq_counter_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.seq_counter_id_seq', 1, false);

--
-- Name: actions actions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.actions
    ADD CONSTRAINT actions_pkey PRIMARY KEY (action_id);

--
-- Name: blob_citations blob_citations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.blob_citations
    ADD CONSTRAINT blob_citations_pkey PRIMARY KEY (sha256, user_id);

--
-- Name: changes changes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.changes
    ADD CONSTRAINT changes_pkey PRIMARY KEY (seq);

--
-- Name: comments comments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_pkey PRIMARY KEY (comment_id);

--
-- Name: devices devices_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.devices
    ADD CONSTRAINT devices_pkey PRIMARY KEY (id);

--
-- Name: devices devices_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.devices
    ADD CONSTRAINT devices_token_hash_key UNIQUE (token_hash);

--
-- Name: enrolment_codes enrolment_codes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.enrolment_codes
    ADD CONSTRAINT enrolment_codes_pkey PRIMARY KEY (code_hash);

--
-- Name: login_failures login_failures_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_failures
    ADD CONSTRAINT login_failures_pkey PRIMARY KEY (id);

--
-- Name: mutations mutations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mutations
    ADD CONSTRAINT mutations_pkey PRIMARY KEY (mutation_id);

--
-- Name: record_versions record_versions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.record_versions
    ADD CONSTRAINT record_versions_pkey PRIMARY KEY (version_id);

--
-- Name: records records_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records
    ADD CONSTRAINT records_pkey PRIMARY KEY (record_id);

--
-- Name: reference reference_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reference
    ADD CONSTRAINT reference_pkey PRIMARY KEY (entity, id);

--
-- Name: reviews reviews_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews
    ADD CONSTRAINT reviews_pkey PRIMARY KEY (review_id);

--
-- Name: schema_version schema_version_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_version
    ADD CONSTRAINT schema_version_pkey PRIMARY KEY (version);

--
-- Name: seq_counter seq_counter_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seq_counter
    ADD CONSTRAINT seq_counter_pkey PRIMARY KEY (id);

--
-- Name: server_meta server_meta_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.server_meta
    ADD CONSTRAINT server_meta_pkey PRIMARY KEY (key);

--
-- Name: user_estates user_estates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_estates
    ADD CONSTRAINT user_estates_pkey PRIMARY KEY (user_id, estate_id);

--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);

--
-- Name: users users_username_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_username_key UNIQUE (username);

--
-- Name: ix_changes_estate; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_changes_estate ON public.changes USING btree (estate_id, seq);

--
-- Name: ix_changes_owner; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_changes_owner ON public.changes USING btree (owner_id, seq);

--
-- Name: ix_comments_record_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_comments_record_id ON public.comments USING btree (record_id);

--
-- Name: ix_devices_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_devices_user_id ON public.devices USING btree (user_id);

--
-- Name: ix_enrolment_codes_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_enrolment_codes_user_id ON public.enrolment_codes USING btree (user_id);

--
-- Name: ix_login_failures_username; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_login_failures_username ON public.login_failures USING btree (username);

--
-- Name: ix_record_versions_record_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_record_versions_record_id ON public.record_versions USING btree (record_id);

--
-- Name: ix_records_owner_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_records_owner_id ON public.records USING btree (owner_id);

--
-- Name: ix_reviews_version_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_reviews_version_id ON public.reviews USING btree (version_id);

--
-- PostgreSQL database dump complete
--

