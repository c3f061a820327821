import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_translation_states_order_idx\` ON \`articles_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_translation_states_parent_idx\` ON \`articles_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_numbers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_numbers_order_parent_idx\` ON \`articles_numbers\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_translation_states_order_idx\` ON \`_articles_v_version_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_translation_states_parent_idx\` ON \`_articles_v_version_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_numbers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_numbers_order_parent_idx\` ON \`_articles_v_numbers\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`hospitals_portals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`hospitals_portals_order_idx\` ON \`hospitals_portals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_portals_parent_idx\` ON \`hospitals_portals\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_portals_value_idx\` ON \`hospitals_portals\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`hospitals_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`hospitals_translation_states_order_idx\` ON \`hospitals_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_translation_states_parent_idx\` ON \`hospitals_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`hospitals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`network\` text,
  	\`address_postcode\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`website\` text,
  	\`coordinates_latitude\` numeric,
  	\`coordinates_longitude\` numeric,
  	\`description_validation_validated_at\` text,
  	\`description_validation_validated_by\` text,
  	\`access_validation_validated_at\` text,
  	\`access_validation_validated_by\` text,
  	\`maternity_validation_validated_at\` text,
  	\`maternity_validation_validated_by\` text,
  	\`neonatology_validation_validated_at\` text,
  	\`neonatology_validation_validated_by\` text,
  	\`paediatric_emergencies_validation_validated_at\` text,
  	\`paediatric_emergencies_validation_validated_by\` text,
  	\`paediatrics_validation_validated_at\` text,
  	\`paediatrics_validation_validated_by\` text,
  	\`general_services_validation_validated_at\` text,
  	\`general_services_validation_validated_by\` text,
  	\`financial_service_validation_validated_at\` text,
  	\`financial_service_validation_validated_by\` text,
  	\`child_psychiatry_validation_validated_at\` text,
  	\`child_psychiatry_validation_validated_by\` text,
  	\`hospital_school_validation_validated_at\` text,
  	\`hospital_school_validation_validated_by\` text,
  	\`editorial_state\` text DEFAULT 'writing',
  	\`writer_id\` integer,
  	\`review_comment\` text,
  	\`review_due_at\` text,
  	\`approval_organisation_id\` integer,
  	\`approval_referent_id\` integer,
  	\`approval_approved_at\` text,
  	\`translation_details\` text,
  	\`is_demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`writer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_organisation_id\`) REFERENCES \`referent_organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_referent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`hospitals_editorial_state_idx\` ON \`hospitals\` (\`editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_writer_idx\` ON \`hospitals\` (\`writer_id\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_review_due_at_idx\` ON \`hospitals\` (\`review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_approval_approval_organisation_idx\` ON \`hospitals\` (\`approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_approval_approval_referent_idx\` ON \`hospitals\` (\`approval_referent_id\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_updated_at_idx\` ON \`hospitals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_created_at_idx\` ON \`hospitals\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`hospitals__status_idx\` ON \`hospitals\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`hospitals_locales\` (
  	\`name\` text,
  	\`slug\` text,
  	\`address_street\` text,
  	\`address_city\` text,
  	\`description_body\` text,
  	\`access_body\` text,
  	\`maternity_body\` text,
  	\`neonatology_body\` text,
  	\`paediatric_emergencies_body\` text,
  	\`paediatrics_body\` text,
  	\`general_services_body\` text,
  	\`financial_service_body\` text,
  	\`child_psychiatry_body\` text,
  	\`hospital_school_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`hospitals_slug_idx\` ON \`hospitals_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`hospitals_locales_locale_parent_id_unique\` ON \`hospitals_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_locales_parent_id_idx\` ON \`hospitals_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_hospitals_v_version_portals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_hospitals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_portals_order_idx\` ON \`_hospitals_v_version_portals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_portals_parent_idx\` ON \`_hospitals_v_version_portals\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_portals_value_idx\` ON \`_hospitals_v_version_portals\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_hospitals_v_version_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_hospitals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_translation_states_order_idx\` ON \`_hospitals_v_version_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_translation_states_parent_idx\` ON \`_hospitals_v_version_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_hospitals_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_network\` text,
  	\`version_address_postcode\` text,
  	\`version_phone\` text,
  	\`version_email\` text,
  	\`version_website\` text,
  	\`version_coordinates_latitude\` numeric,
  	\`version_coordinates_longitude\` numeric,
  	\`version_description_validation_validated_at\` text,
  	\`version_description_validation_validated_by\` text,
  	\`version_access_validation_validated_at\` text,
  	\`version_access_validation_validated_by\` text,
  	\`version_maternity_validation_validated_at\` text,
  	\`version_maternity_validation_validated_by\` text,
  	\`version_neonatology_validation_validated_at\` text,
  	\`version_neonatology_validation_validated_by\` text,
  	\`version_paediatric_emergencies_validation_validated_at\` text,
  	\`version_paediatric_emergencies_validation_validated_by\` text,
  	\`version_paediatrics_validation_validated_at\` text,
  	\`version_paediatrics_validation_validated_by\` text,
  	\`version_general_services_validation_validated_at\` text,
  	\`version_general_services_validation_validated_by\` text,
  	\`version_financial_service_validation_validated_at\` text,
  	\`version_financial_service_validation_validated_by\` text,
  	\`version_child_psychiatry_validation_validated_at\` text,
  	\`version_child_psychiatry_validation_validated_by\` text,
  	\`version_hospital_school_validation_validated_at\` text,
  	\`version_hospital_school_validation_validated_by\` text,
  	\`version_editorial_state\` text DEFAULT 'writing',
  	\`version_writer_id\` integer,
  	\`version_review_comment\` text,
  	\`version_review_due_at\` text,
  	\`version_approval_organisation_id\` integer,
  	\`version_approval_referent_id\` integer,
  	\`version_approval_approved_at\` text,
  	\`version_translation_details\` text,
  	\`version_is_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_writer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approval_organisation_id\`) REFERENCES \`referent_organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approval_referent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_hospitals_v_parent_idx\` ON \`_hospitals_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_version_editorial_state_idx\` ON \`_hospitals_v\` (\`version_editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_version_writer_idx\` ON \`_hospitals_v\` (\`version_writer_id\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_version_review_due_at_idx\` ON \`_hospitals_v\` (\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_approval_version_approval_organisat_idx\` ON \`_hospitals_v\` (\`version_approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_approval_version_approval_referent_idx\` ON \`_hospitals_v\` (\`version_approval_referent_id\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_version_updated_at_idx\` ON \`_hospitals_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_version_created_at_idx\` ON \`_hospitals_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_version__status_idx\` ON \`_hospitals_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_created_at_idx\` ON \`_hospitals_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_updated_at_idx\` ON \`_hospitals_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_snapshot_idx\` ON \`_hospitals_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_published_locale_idx\` ON \`_hospitals_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_latest_idx\` ON \`_hospitals_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_hospitals_v_locales\` (
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_address_street\` text,
  	\`version_address_city\` text,
  	\`version_description_body\` text,
  	\`version_access_body\` text,
  	\`version_maternity_body\` text,
  	\`version_neonatology_body\` text,
  	\`version_paediatric_emergencies_body\` text,
  	\`version_paediatrics_body\` text,
  	\`version_general_services_body\` text,
  	\`version_financial_service_body\` text,
  	\`version_child_psychiatry_body\` text,
  	\`version_hospital_school_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_hospitals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_version_slug_idx\` ON \`_hospitals_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_hospitals_v_locales_locale_parent_id_unique\` ON \`_hospitals_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_locales_parent_id_idx\` ON \`_hospitals_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`mutualities_portals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`mutualities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`mutualities_portals_order_idx\` ON \`mutualities_portals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`mutualities_portals_parent_idx\` ON \`mutualities_portals\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`mutualities_portals_value_idx\` ON \`mutualities_portals\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`mutualities_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`mutualities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`mutualities_translation_states_order_idx\` ON \`mutualities_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`mutualities_translation_states_parent_idx\` ON \`mutualities_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`mutualities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`union\` text,
  	\`address_postcode\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`website\` text,
  	\`coordinates_latitude\` numeric,
  	\`coordinates_longitude\` numeric,
  	\`hospitalisation_validation_validated_at\` text,
  	\`hospitalisation_validation_validated_by\` text,
  	\`serious_illness_validation_validated_at\` text,
  	\`serious_illness_validation_validated_by\` text,
  	\`home_care_validation_validated_at\` text,
  	\`home_care_validation_validated_by\` text,
  	\`disability_validation_validated_at\` text,
  	\`disability_validation_validated_by\` text,
  	\`equipment_loan_validation_validated_at\` text,
  	\`equipment_loan_validation_validated_by\` text,
  	\`reimbursements_validation_validated_at\` text,
  	\`reimbursements_validation_validated_by\` text,
  	\`social_service_validation_validated_at\` text,
  	\`social_service_validation_validated_by\` text,
  	\`editorial_state\` text DEFAULT 'writing',
  	\`writer_id\` integer,
  	\`review_comment\` text,
  	\`review_due_at\` text,
  	\`approval_organisation_id\` integer,
  	\`approval_referent_id\` integer,
  	\`approval_approved_at\` text,
  	\`translation_details\` text,
  	\`is_demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`writer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_organisation_id\`) REFERENCES \`referent_organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_referent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`mutualities_union_idx\` ON \`mutualities\` (\`union\`);`)
  await db.run(sql`CREATE INDEX \`mutualities_editorial_state_idx\` ON \`mutualities\` (\`editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`mutualities_writer_idx\` ON \`mutualities\` (\`writer_id\`);`)
  await db.run(sql`CREATE INDEX \`mutualities_review_due_at_idx\` ON \`mutualities\` (\`review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`mutualities_approval_approval_organisation_idx\` ON \`mutualities\` (\`approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`mutualities_approval_approval_referent_idx\` ON \`mutualities\` (\`approval_referent_id\`);`)
  await db.run(sql`CREATE INDEX \`mutualities_updated_at_idx\` ON \`mutualities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mutualities_created_at_idx\` ON \`mutualities\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`mutualities__status_idx\` ON \`mutualities\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`mutualities_locales\` (
  	\`name\` text,
  	\`slug\` text,
  	\`opening_hours\` text,
  	\`address_street\` text,
  	\`address_city\` text,
  	\`hospitalisation_body\` text,
  	\`serious_illness_body\` text,
  	\`home_care_body\` text,
  	\`disability_body\` text,
  	\`equipment_loan_body\` text,
  	\`reimbursements_body\` text,
  	\`social_service_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`mutualities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`mutualities_slug_idx\` ON \`mutualities_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`mutualities_locales_locale_parent_id_unique\` ON \`mutualities_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`mutualities_locales_parent_id_idx\` ON \`mutualities_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_mutualities_v_version_portals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_mutualities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_mutualities_v_version_portals_order_idx\` ON \`_mutualities_v_version_portals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_version_portals_parent_idx\` ON \`_mutualities_v_version_portals\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_version_portals_value_idx\` ON \`_mutualities_v_version_portals\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_mutualities_v_version_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_mutualities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_mutualities_v_version_translation_states_order_idx\` ON \`_mutualities_v_version_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_version_translation_states_parent_idx\` ON \`_mutualities_v_version_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_mutualities_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_union\` text,
  	\`version_address_postcode\` text,
  	\`version_phone\` text,
  	\`version_email\` text,
  	\`version_website\` text,
  	\`version_coordinates_latitude\` numeric,
  	\`version_coordinates_longitude\` numeric,
  	\`version_hospitalisation_validation_validated_at\` text,
  	\`version_hospitalisation_validation_validated_by\` text,
  	\`version_serious_illness_validation_validated_at\` text,
  	\`version_serious_illness_validation_validated_by\` text,
  	\`version_home_care_validation_validated_at\` text,
  	\`version_home_care_validation_validated_by\` text,
  	\`version_disability_validation_validated_at\` text,
  	\`version_disability_validation_validated_by\` text,
  	\`version_equipment_loan_validation_validated_at\` text,
  	\`version_equipment_loan_validation_validated_by\` text,
  	\`version_reimbursements_validation_validated_at\` text,
  	\`version_reimbursements_validation_validated_by\` text,
  	\`version_social_service_validation_validated_at\` text,
  	\`version_social_service_validation_validated_by\` text,
  	\`version_editorial_state\` text DEFAULT 'writing',
  	\`version_writer_id\` integer,
  	\`version_review_comment\` text,
  	\`version_review_due_at\` text,
  	\`version_approval_organisation_id\` integer,
  	\`version_approval_referent_id\` integer,
  	\`version_approval_approved_at\` text,
  	\`version_translation_details\` text,
  	\`version_is_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`mutualities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_writer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approval_organisation_id\`) REFERENCES \`referent_organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approval_referent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_mutualities_v_parent_idx\` ON \`_mutualities_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_version_version_union_idx\` ON \`_mutualities_v\` (\`version_union\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_version_version_editorial_state_idx\` ON \`_mutualities_v\` (\`version_editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_version_version_writer_idx\` ON \`_mutualities_v\` (\`version_writer_id\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_version_version_review_due_at_idx\` ON \`_mutualities_v\` (\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_version_approval_version_approval_organis_idx\` ON \`_mutualities_v\` (\`version_approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_version_approval_version_approval_referen_idx\` ON \`_mutualities_v\` (\`version_approval_referent_id\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_version_version_updated_at_idx\` ON \`_mutualities_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_version_version_created_at_idx\` ON \`_mutualities_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_version_version__status_idx\` ON \`_mutualities_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_created_at_idx\` ON \`_mutualities_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_updated_at_idx\` ON \`_mutualities_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_snapshot_idx\` ON \`_mutualities_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_published_locale_idx\` ON \`_mutualities_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_latest_idx\` ON \`_mutualities_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_mutualities_v_locales\` (
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_opening_hours\` text,
  	\`version_address_street\` text,
  	\`version_address_city\` text,
  	\`version_hospitalisation_body\` text,
  	\`version_serious_illness_body\` text,
  	\`version_home_care_body\` text,
  	\`version_disability_body\` text,
  	\`version_equipment_loan_body\` text,
  	\`version_reimbursements_body\` text,
  	\`version_social_service_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_mutualities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_mutualities_v_version_version_slug_idx\` ON \`_mutualities_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_mutualities_v_locales_locale_parent_id_unique\` ON \`_mutualities_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_locales_parent_id_idx\` ON \`_mutualities_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agenda_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agenda\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agenda_audiences_order_idx\` ON \`agenda_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`agenda_audiences_parent_idx\` ON \`agenda_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agenda_portals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agenda\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agenda_portals_order_idx\` ON \`agenda_portals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`agenda_portals_parent_idx\` ON \`agenda_portals\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`agenda_portals_value_idx\` ON \`agenda_portals\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`agenda_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agenda\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agenda_translation_states_order_idx\` ON \`agenda_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`agenda_translation_states_parent_idx\` ON \`agenda_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agenda\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'event',
  	\`starts_at\` text,
  	\`startsat_tz\` text DEFAULT 'Europe/Brussels',
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'Europe/Brussels',
  	\`all_day\` integer DEFAULT false,
  	\`online_url\` text,
  	\`organiser\` text,
  	\`registration_url\` text,
  	\`editorial_state\` text DEFAULT 'writing',
  	\`writer_id\` integer,
  	\`review_comment\` text,
  	\`review_due_at\` text,
  	\`approval_organisation_id\` integer,
  	\`approval_referent_id\` integer,
  	\`approval_approved_at\` text,
  	\`translation_details\` text,
  	\`is_demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`writer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_organisation_id\`) REFERENCES \`referent_organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_referent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`agenda_starts_at_idx\` ON \`agenda\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`agenda_editorial_state_idx\` ON \`agenda\` (\`editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`agenda_writer_idx\` ON \`agenda\` (\`writer_id\`);`)
  await db.run(sql`CREATE INDEX \`agenda_review_due_at_idx\` ON \`agenda\` (\`review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`agenda_approval_approval_organisation_idx\` ON \`agenda\` (\`approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`agenda_approval_approval_referent_idx\` ON \`agenda\` (\`approval_referent_id\`);`)
  await db.run(sql`CREATE INDEX \`agenda_updated_at_idx\` ON \`agenda\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`agenda_created_at_idx\` ON \`agenda\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`agenda__status_idx\` ON \`agenda\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`agenda_locales\` (
  	\`title\` text,
  	\`slug\` text,
  	\`description\` text,
  	\`place\` text,
  	\`price\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agenda\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agenda_slug_idx\` ON \`agenda_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`agenda_locales_locale_parent_id_unique\` ON \`agenda_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`agenda_locales_parent_id_idx\` ON \`agenda_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agenda_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agenda\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agenda_rels_order_idx\` ON \`agenda_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`agenda_rels_parent_idx\` ON \`agenda_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`agenda_rels_path_idx\` ON \`agenda_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`agenda_rels_themes_id_idx\` ON \`agenda_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`_agenda_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_agenda_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_audiences_order_idx\` ON \`_agenda_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_audiences_parent_idx\` ON \`_agenda_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_agenda_v_version_portals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_agenda_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_portals_order_idx\` ON \`_agenda_v_version_portals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_portals_parent_idx\` ON \`_agenda_v_version_portals\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_portals_value_idx\` ON \`_agenda_v_version_portals\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_agenda_v_version_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_agenda_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_translation_states_order_idx\` ON \`_agenda_v_version_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_translation_states_parent_idx\` ON \`_agenda_v_version_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_agenda_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text DEFAULT 'event',
  	\`version_starts_at\` text,
  	\`version_startsat_tz\` text DEFAULT 'Europe/Brussels',
  	\`version_ends_at\` text,
  	\`version_endsat_tz\` text DEFAULT 'Europe/Brussels',
  	\`version_all_day\` integer DEFAULT false,
  	\`version_online_url\` text,
  	\`version_organiser\` text,
  	\`version_registration_url\` text,
  	\`version_editorial_state\` text DEFAULT 'writing',
  	\`version_writer_id\` integer,
  	\`version_review_comment\` text,
  	\`version_review_due_at\` text,
  	\`version_approval_organisation_id\` integer,
  	\`version_approval_referent_id\` integer,
  	\`version_approval_approved_at\` text,
  	\`version_translation_details\` text,
  	\`version_is_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agenda\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_writer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approval_organisation_id\`) REFERENCES \`referent_organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approval_referent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_agenda_v_parent_idx\` ON \`_agenda_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_version_starts_at_idx\` ON \`_agenda_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_version_editorial_state_idx\` ON \`_agenda_v\` (\`version_editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_version_writer_idx\` ON \`_agenda_v\` (\`version_writer_id\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_version_review_due_at_idx\` ON \`_agenda_v\` (\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_approval_version_approval_organisation_idx\` ON \`_agenda_v\` (\`version_approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_approval_version_approval_referent_idx\` ON \`_agenda_v\` (\`version_approval_referent_id\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_version_updated_at_idx\` ON \`_agenda_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_version_created_at_idx\` ON \`_agenda_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_version__status_idx\` ON \`_agenda_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_created_at_idx\` ON \`_agenda_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_updated_at_idx\` ON \`_agenda_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_snapshot_idx\` ON \`_agenda_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_published_locale_idx\` ON \`_agenda_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_latest_idx\` ON \`_agenda_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_agenda_v_locales\` (
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_description\` text,
  	\`version_place\` text,
  	\`version_price\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_agenda_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_version_slug_idx\` ON \`_agenda_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_agenda_v_locales_locale_parent_id_unique\` ON \`_agenda_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_locales_parent_id_idx\` ON \`_agenda_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_agenda_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_agenda_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agenda_v_rels_order_idx\` ON \`_agenda_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_rels_parent_idx\` ON \`_agenda_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_rels_path_idx\` ON \`_agenda_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_rels_themes_id_idx\` ON \`_agenda_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`faq_portals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`faq_portals_order_idx\` ON \`faq_portals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`faq_portals_parent_idx\` ON \`faq_portals\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`faq_portals_value_idx\` ON \`faq_portals\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`faq_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`faq_translation_states_order_idx\` ON \`faq_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`faq_translation_states_parent_idx\` ON \`faq_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`faq\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`answered_by_id\` integer,
  	\`answered_at\` text,
  	\`editorial_state\` text DEFAULT 'writing',
  	\`writer_id\` integer,
  	\`review_comment\` text,
  	\`review_due_at\` text,
  	\`approval_organisation_id\` integer,
  	\`approval_referent_id\` integer,
  	\`approval_approved_at\` text,
  	\`translation_details\` text,
  	\`is_demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`answered_by_id\`) REFERENCES \`referent_organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`writer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_organisation_id\`) REFERENCES \`referent_organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_referent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`faq_answered_by_idx\` ON \`faq\` (\`answered_by_id\`);`)
  await db.run(sql`CREATE INDEX \`faq_editorial_state_idx\` ON \`faq\` (\`editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`faq_writer_idx\` ON \`faq\` (\`writer_id\`);`)
  await db.run(sql`CREATE INDEX \`faq_review_due_at_idx\` ON \`faq\` (\`review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`faq_approval_approval_organisation_idx\` ON \`faq\` (\`approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`faq_approval_approval_referent_idx\` ON \`faq\` (\`approval_referent_id\`);`)
  await db.run(sql`CREATE INDEX \`faq_updated_at_idx\` ON \`faq\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`faq_created_at_idx\` ON \`faq\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`faq__status_idx\` ON \`faq\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`faq_locales\` (
  	\`question\` text,
  	\`answer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`faq_locales_locale_parent_id_unique\` ON \`faq_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`faq_locales_parent_id_idx\` ON \`faq_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`faq_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faq\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`faq_rels_order_idx\` ON \`faq_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`faq_rels_parent_idx\` ON \`faq_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`faq_rels_path_idx\` ON \`faq_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`faq_rels_themes_id_idx\` ON \`faq_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`_faq_v_version_portals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_faq_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_faq_v_version_portals_order_idx\` ON \`_faq_v_version_portals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_portals_parent_idx\` ON \`_faq_v_version_portals\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_portals_value_idx\` ON \`_faq_v_version_portals\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_faq_v_version_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_faq_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_faq_v_version_translation_states_order_idx\` ON \`_faq_v_version_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_translation_states_parent_idx\` ON \`_faq_v_version_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_faq_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_answered_by_id\` integer,
  	\`version_answered_at\` text,
  	\`version_editorial_state\` text DEFAULT 'writing',
  	\`version_writer_id\` integer,
  	\`version_review_comment\` text,
  	\`version_review_due_at\` text,
  	\`version_approval_organisation_id\` integer,
  	\`version_approval_referent_id\` integer,
  	\`version_approval_approved_at\` text,
  	\`version_translation_details\` text,
  	\`version_is_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faq\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_answered_by_id\`) REFERENCES \`referent_organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_writer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approval_organisation_id\`) REFERENCES \`referent_organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approval_referent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_faq_v_parent_idx\` ON \`_faq_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_version_answered_by_idx\` ON \`_faq_v\` (\`version_answered_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_version_editorial_state_idx\` ON \`_faq_v\` (\`version_editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_version_writer_idx\` ON \`_faq_v\` (\`version_writer_id\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_version_review_due_at_idx\` ON \`_faq_v\` (\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_approval_version_approval_organisation_idx\` ON \`_faq_v\` (\`version_approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_approval_version_approval_referent_idx\` ON \`_faq_v\` (\`version_approval_referent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_version_updated_at_idx\` ON \`_faq_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_version_created_at_idx\` ON \`_faq_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_version__status_idx\` ON \`_faq_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_created_at_idx\` ON \`_faq_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_updated_at_idx\` ON \`_faq_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_snapshot_idx\` ON \`_faq_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_published_locale_idx\` ON \`_faq_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_latest_idx\` ON \`_faq_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_faq_v_locales\` (
  	\`version_question\` text,
  	\`version_answer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_faq_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_faq_v_locales_locale_parent_id_unique\` ON \`_faq_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_locales_parent_id_idx\` ON \`_faq_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_faq_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_faq_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_faq_v_rels_order_idx\` ON \`_faq_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_rels_parent_idx\` ON \`_faq_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_rels_path_idx\` ON \`_faq_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_rels_themes_id_idx\` ON \`_faq_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`projects_portals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_portals_order_idx\` ON \`projects_portals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`projects_portals_parent_idx\` ON \`projects_portals\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_portals_value_idx\` ON \`projects_portals\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`projects_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_translation_states_order_idx\` ON \`projects_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`projects_translation_states_parent_idx\` ON \`projects_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`projects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`promoter\` text,
  	\`website\` text,
  	\`editorial_state\` text DEFAULT 'writing',
  	\`writer_id\` integer,
  	\`review_comment\` text,
  	\`review_due_at\` text,
  	\`approval_organisation_id\` integer,
  	\`approval_referent_id\` integer,
  	\`approval_approved_at\` text,
  	\`translation_details\` text,
  	\`is_demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`writer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_organisation_id\`) REFERENCES \`referent_organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_referent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_editorial_state_idx\` ON \`projects\` (\`editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`projects_writer_idx\` ON \`projects\` (\`writer_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_review_due_at_idx\` ON \`projects\` (\`review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`projects_approval_approval_organisation_idx\` ON \`projects\` (\`approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_approval_approval_referent_idx\` ON \`projects\` (\`approval_referent_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_updated_at_idx\` ON \`projects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`projects_created_at_idx\` ON \`projects\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`projects__status_idx\` ON \`projects\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`projects_locales\` (
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`area\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_slug_idx\` ON \`projects_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`projects_locales_locale_parent_id_unique\` ON \`projects_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_locales_parent_id_idx\` ON \`projects_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`projects_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_rels_order_idx\` ON \`projects_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`projects_rels_parent_idx\` ON \`projects_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_rels_path_idx\` ON \`projects_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`projects_rels_themes_id_idx\` ON \`projects_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v_version_portals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_projects_v_version_portals_order_idx\` ON \`_projects_v_version_portals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_portals_parent_idx\` ON \`_projects_v_version_portals\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_portals_value_idx\` ON \`_projects_v_version_portals\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v_version_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_projects_v_version_translation_states_order_idx\` ON \`_projects_v_version_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_translation_states_parent_idx\` ON \`_projects_v_version_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_promoter\` text,
  	\`version_website\` text,
  	\`version_editorial_state\` text DEFAULT 'writing',
  	\`version_writer_id\` integer,
  	\`version_review_comment\` text,
  	\`version_review_due_at\` text,
  	\`version_approval_organisation_id\` integer,
  	\`version_approval_referent_id\` integer,
  	\`version_approval_approved_at\` text,
  	\`version_translation_details\` text,
  	\`version_is_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_writer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approval_organisation_id\`) REFERENCES \`referent_organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approval_referent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_projects_v_parent_idx\` ON \`_projects_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_editorial_state_idx\` ON \`_projects_v\` (\`version_editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_writer_idx\` ON \`_projects_v\` (\`version_writer_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_review_due_at_idx\` ON \`_projects_v\` (\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_approval_version_approval_organisati_idx\` ON \`_projects_v\` (\`version_approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_approval_version_approval_referent_idx\` ON \`_projects_v\` (\`version_approval_referent_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_updated_at_idx\` ON \`_projects_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_created_at_idx\` ON \`_projects_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version__status_idx\` ON \`_projects_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_created_at_idx\` ON \`_projects_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_updated_at_idx\` ON \`_projects_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_snapshot_idx\` ON \`_projects_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_published_locale_idx\` ON \`_projects_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_latest_idx\` ON \`_projects_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v_locales\` (
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_area\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_slug_idx\` ON \`_projects_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_projects_v_locales_locale_parent_id_unique\` ON \`_projects_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_locales_parent_id_idx\` ON \`_projects_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_projects_v_rels_order_idx\` ON \`_projects_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_rels_parent_idx\` ON \`_projects_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_rels_path_idx\` ON \`_projects_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_rels_themes_id_idx\` ON \`_projects_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`tools_portals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tools_portals_order_idx\` ON \`tools_portals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tools_portals_parent_idx\` ON \`tools_portals\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tools_portals_value_idx\` ON \`tools_portals\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`tools_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tools_translation_states_order_idx\` ON \`tools_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tools_translation_states_parent_idx\` ON \`tools_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tools\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'website',
  	\`url\` text,
  	\`provider\` text,
  	\`editorial_state\` text DEFAULT 'writing',
  	\`writer_id\` integer,
  	\`review_comment\` text,
  	\`review_due_at\` text,
  	\`approval_organisation_id\` integer,
  	\`approval_referent_id\` integer,
  	\`approval_approved_at\` text,
  	\`translation_details\` text,
  	\`is_demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`writer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_organisation_id\`) REFERENCES \`referent_organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_referent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`tools_editorial_state_idx\` ON \`tools\` (\`editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`tools_writer_idx\` ON \`tools\` (\`writer_id\`);`)
  await db.run(sql`CREATE INDEX \`tools_review_due_at_idx\` ON \`tools\` (\`review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`tools_approval_approval_organisation_idx\` ON \`tools\` (\`approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`tools_approval_approval_referent_idx\` ON \`tools\` (\`approval_referent_id\`);`)
  await db.run(sql`CREATE INDEX \`tools_updated_at_idx\` ON \`tools\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tools_created_at_idx\` ON \`tools\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tools__status_idx\` ON \`tools\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`tools_locales\` (
  	\`title\` text,
  	\`slug\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tools_slug_idx\` ON \`tools_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tools_locales_locale_parent_id_unique\` ON \`tools_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tools_locales_parent_id_idx\` ON \`tools_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tools_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tools_rels_order_idx\` ON \`tools_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tools_rels_parent_idx\` ON \`tools_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tools_rels_path_idx\` ON \`tools_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`tools_rels_themes_id_idx\` ON \`tools_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`_tools_v_version_portals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_tools_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tools_v_version_portals_order_idx\` ON \`_tools_v_version_portals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_portals_parent_idx\` ON \`_tools_v_version_portals\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_portals_value_idx\` ON \`_tools_v_version_portals\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_tools_v_version_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_tools_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tools_v_version_translation_states_order_idx\` ON \`_tools_v_version_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_translation_states_parent_idx\` ON \`_tools_v_version_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tools_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text DEFAULT 'website',
  	\`version_url\` text,
  	\`version_provider\` text,
  	\`version_editorial_state\` text DEFAULT 'writing',
  	\`version_writer_id\` integer,
  	\`version_review_comment\` text,
  	\`version_review_due_at\` text,
  	\`version_approval_organisation_id\` integer,
  	\`version_approval_referent_id\` integer,
  	\`version_approval_approved_at\` text,
  	\`version_translation_details\` text,
  	\`version_is_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_writer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approval_organisation_id\`) REFERENCES \`referent_organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approval_referent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_tools_v_parent_idx\` ON \`_tools_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version_editorial_state_idx\` ON \`_tools_v\` (\`version_editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version_writer_idx\` ON \`_tools_v\` (\`version_writer_id\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version_review_due_at_idx\` ON \`_tools_v\` (\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_approval_version_approval_organisation_idx\` ON \`_tools_v\` (\`version_approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_approval_version_approval_referent_idx\` ON \`_tools_v\` (\`version_approval_referent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version_updated_at_idx\` ON \`_tools_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version_created_at_idx\` ON \`_tools_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version__status_idx\` ON \`_tools_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_created_at_idx\` ON \`_tools_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_updated_at_idx\` ON \`_tools_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_snapshot_idx\` ON \`_tools_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_published_locale_idx\` ON \`_tools_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_latest_idx\` ON \`_tools_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_tools_v_locales\` (
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tools_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version_slug_idx\` ON \`_tools_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_tools_v_locales_locale_parent_id_unique\` ON \`_tools_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_locales_parent_id_idx\` ON \`_tools_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tools_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_tools_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tools_v_rels_order_idx\` ON \`_tools_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_rels_parent_idx\` ON \`_tools_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_rels_path_idx\` ON \`_tools_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_rels_themes_id_idx\` ON \`_tools_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`documents_portals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_portals_order_idx\` ON \`documents_portals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`documents_portals_parent_idx\` ON \`documents_portals\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_portals_value_idx\` ON \`documents_portals\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'brochure' NOT NULL,
  	\`publisher\` text,
  	\`is_demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_filename_idx\` ON \`documents\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`documents_locales\` (
  	\`title\` text NOT NULL,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_locales_locale_parent_id_unique\` ON \`documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_locales_parent_id_idx\` ON \`documents_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_rels_order_idx\` ON \`documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_parent_idx\` ON \`documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_path_idx\` ON \`documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_themes_id_idx\` ON \`documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`themes_portals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`themes_portals_order_idx\` ON \`themes_portals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`themes_portals_parent_idx\` ON \`themes_portals\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`themes_portals_value_idx\` ON \`themes_portals\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`themes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`themes_updated_at_idx\` ON \`themes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`themes_created_at_idx\` ON \`themes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`themes_locales\` (
  	\`title\` text NOT NULL,
  	\`slug\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`themes_slug_idx\` ON \`themes_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`themes_locales_locale_parent_id_unique\` ON \`themes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`themes_locales_parent_id_idx\` ON \`themes_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`referent_organisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`acronym\` text,
  	\`website\` text,
  	\`email\` text,
  	\`contact_id\` integer,
  	\`is_demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`contact_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`referent_organisations_contact_idx\` ON \`referent_organisations\` (\`contact_id\`);`)
  await db.run(sql`CREATE INDEX \`referent_organisations_updated_at_idx\` ON \`referent_organisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`referent_organisations_created_at_idx\` ON \`referent_organisations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`referent_organisations_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`referent_organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`referent_organisations_locales_locale_parent_id_unique\` ON \`referent_organisations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`referent_organisations_locales_parent_id_idx\` ON \`referent_organisations_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`referent_organisations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`referent_organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`referent_organisations_rels_order_idx\` ON \`referent_organisations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`referent_organisations_rels_parent_idx\` ON \`referent_organisations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`referent_organisations_rels_path_idx\` ON \`referent_organisations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`referent_organisations_rels_themes_id_idx\` ON \`referent_organisations_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`portals_published_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`portals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`portals_published_locales_order_idx\` ON \`portals_published_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`portals_published_locales_parent_idx\` ON \`portals_published_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`portals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`portal\` text NOT NULL,
  	\`base_url\` text NOT NULL,
  	\`contact_email\` text,
  	\`home_announcement_until\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`portals_portal_idx\` ON \`portals\` (\`portal\`);`)
  await db.run(sql`CREATE INDEX \`portals_updated_at_idx\` ON \`portals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`portals_created_at_idx\` ON \`portals\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`portals_locales\` (
  	\`name\` text NOT NULL,
  	\`home_announcement_title\` text,
  	\`home_announcement_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`portals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`portals_locales_locale_parent_id_unique\` ON \`portals_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`portals_locales_parent_id_idx\` ON \`portals_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`portals_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`agenda_id\` integer,
  	\`hospitals_id\` integer,
  	\`mutualities_id\` integer,
  	\`projects_id\` integer,
  	\`tools_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`portals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agenda_id\`) REFERENCES \`agenda\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hospitals_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mutualities_id\`) REFERENCES \`mutualities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`projects_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tools_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`portals_rels_order_idx\` ON \`portals_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`portals_rels_parent_idx\` ON \`portals_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`portals_rels_path_idx\` ON \`portals_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`portals_rels_articles_id_idx\` ON \`portals_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`portals_rels_agenda_id_idx\` ON \`portals_rels\` (\`agenda_id\`);`)
  await db.run(sql`CREATE INDEX \`portals_rels_hospitals_id_idx\` ON \`portals_rels\` (\`hospitals_id\`);`)
  await db.run(sql`CREATE INDEX \`portals_rels_mutualities_id_idx\` ON \`portals_rels\` (\`mutualities_id\`);`)
  await db.run(sql`CREATE INDEX \`portals_rels_projects_id_idx\` ON \`portals_rels\` (\`projects_id\`);`)
  await db.run(sql`CREATE INDEX \`portals_rels_tools_id_idx\` ON \`portals_rels\` (\`tools_id\`);`)
  await db.run(sql`CREATE TABLE \`redirects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text NOT NULL,
  	\`to_path\` text,
  	\`status_code\` text DEFAULT '301' NOT NULL,
  	\`portal\` text NOT NULL,
  	\`locale\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`redirects_from_idx\` ON \`redirects\` (\`from\`);`)
  await db.run(sql`CREATE INDEX \`redirects_portal_idx\` ON \`redirects\` (\`portal\`);`)
  await db.run(sql`CREATE INDEX \`redirects_updated_at_idx\` ON \`redirects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`redirects_created_at_idx\` ON \`redirects\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`redirects_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`sections_id\` integer,
  	\`hospitals_id\` integer,
  	\`mutualities_id\` integer,
  	\`agenda_id\` integer,
  	\`faq_id\` integer,
  	\`projects_id\` integer,
  	\`tools_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sections_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hospitals_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mutualities_id\`) REFERENCES \`mutualities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agenda_id\`) REFERENCES \`agenda\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faq_id\`) REFERENCES \`faq\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`projects_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tools_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`redirects_rels_order_idx\` ON \`redirects_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_parent_idx\` ON \`redirects_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_path_idx\` ON \`redirects_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_articles_id_idx\` ON \`redirects_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_sections_id_idx\` ON \`redirects_rels\` (\`sections_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_hospitals_id_idx\` ON \`redirects_rels\` (\`hospitals_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_mutualities_id_idx\` ON \`redirects_rels\` (\`mutualities_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_agenda_id_idx\` ON \`redirects_rels\` (\`agenda_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_faq_id_idx\` ON \`redirects_rels\` (\`faq_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_projects_id_idx\` ON \`redirects_rels\` (\`projects_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_tools_id_idx\` ON \`redirects_rels\` (\`tools_id\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`collection\` text,
  	\`document_id\` text,
  	\`document_title\` text,
  	\`locale\` text,
  	\`user_id\` integer,
  	\`user_email\` text,
  	\`summary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_collection_idx\` ON \`audit_log\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_document_id_idx\` ON \`audit_log\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`seo_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`editorial_state\` text DEFAULT 'writing';`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`writer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`approval_organisation_id\` integer REFERENCES referent_organisations(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`approval_referent_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`approval_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`translation_details\` text;`)
  await db.run(sql`CREATE INDEX \`articles_seo_seo_image_idx\` ON \`articles\` (\`seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_editorial_state_idx\` ON \`articles\` (\`editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`articles_writer_idx\` ON \`articles\` (\`writer_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_due_at_idx\` ON \`articles\` (\`review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_approval_approval_organisation_idx\` ON \`articles\` (\`approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_approval_approval_referent_idx\` ON \`articles\` (\`approval_referent_id\`);`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`seo_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`seo_meta_description\` text;`)
  await db.run(sql`CREATE INDEX \`articles_locales_parent_id_idx\` ON \`articles_locales\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`articles_rels\` ADD \`themes_id\` integer REFERENCES themes(id);`)
  await db.run(sql`CREATE INDEX \`articles_rels_themes_id_idx\` ON \`articles_rels\` (\`themes_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_seo_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_editorial_state\` text DEFAULT 'writing';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_writer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_approval_organisation_id\` integer REFERENCES referent_organisations(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_approval_referent_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_approval_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_translation_details\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_seo_version_seo_image_idx\` ON \`_articles_v\` (\`version_seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_editorial_state_idx\` ON \`_articles_v\` (\`version_editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_writer_idx\` ON \`_articles_v\` (\`version_writer_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_review_due_at_idx\` ON \`_articles_v\` (\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_approval_version_approval_organisati_idx\` ON \`_articles_v\` (\`version_approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_approval_version_approval_referent_idx\` ON \`_articles_v\` (\`version_approval_referent_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_seo_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_seo_meta_description\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_locales_parent_id_idx\` ON \`_articles_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v_rels\` ADD \`themes_id\` integer REFERENCES themes(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_themes_id_idx\` ON \`_articles_v_rels\` (\`themes_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`organisation_id\` integer REFERENCES referent_organisations(id);`)
  await db.run(sql`CREATE INDEX \`users_organisation_idx\` ON \`users\` (\`organisation_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`hospitals_id\` integer REFERENCES hospitals(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`mutualities_id\` integer REFERENCES mutualities(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`agenda_id\` integer REFERENCES agenda(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`faq_id\` integer REFERENCES faq(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`projects_id\` integer REFERENCES projects(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`tools_id\` integer REFERENCES tools(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`documents_id\` integer REFERENCES documents(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`themes_id\` integer REFERENCES themes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`referent_organisations_id\` integer REFERENCES referent_organisations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`portals_id\` integer REFERENCES portals(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`redirects_id\` integer REFERENCES redirects(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` integer REFERENCES audit_log(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_hospitals_id_idx\` ON \`payload_locked_documents_rels\` (\`hospitals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mutualities_id_idx\` ON \`payload_locked_documents_rels\` (\`mutualities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agenda_id_idx\` ON \`payload_locked_documents_rels\` (\`agenda_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faq_id_idx\` ON \`payload_locked_documents_rels\` (\`faq_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_projects_id_idx\` ON \`payload_locked_documents_rels\` (\`projects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tools_id_idx\` ON \`payload_locked_documents_rels\` (\`tools_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_referent_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`referent_organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_portals_id_idx\` ON \`payload_locked_documents_rels\` (\`portals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`sections_locales_parent_id_idx\` ON \`sections_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_id_idx\` ON \`media_locales\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_translation_states\`;`)
  await db.run(sql`DROP TABLE \`articles_numbers\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_translation_states\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_numbers\`;`)
  await db.run(sql`DROP TABLE \`hospitals_portals\`;`)
  await db.run(sql`DROP TABLE \`hospitals_translation_states\`;`)
  await db.run(sql`DROP TABLE \`hospitals\`;`)
  await db.run(sql`DROP TABLE \`hospitals_locales\`;`)
  await db.run(sql`DROP TABLE \`_hospitals_v_version_portals\`;`)
  await db.run(sql`DROP TABLE \`_hospitals_v_version_translation_states\`;`)
  await db.run(sql`DROP TABLE \`_hospitals_v\`;`)
  await db.run(sql`DROP TABLE \`_hospitals_v_locales\`;`)
  await db.run(sql`DROP TABLE \`mutualities_portals\`;`)
  await db.run(sql`DROP TABLE \`mutualities_translation_states\`;`)
  await db.run(sql`DROP TABLE \`mutualities\`;`)
  await db.run(sql`DROP TABLE \`mutualities_locales\`;`)
  await db.run(sql`DROP TABLE \`_mutualities_v_version_portals\`;`)
  await db.run(sql`DROP TABLE \`_mutualities_v_version_translation_states\`;`)
  await db.run(sql`DROP TABLE \`_mutualities_v\`;`)
  await db.run(sql`DROP TABLE \`_mutualities_v_locales\`;`)
  await db.run(sql`DROP TABLE \`agenda_audiences\`;`)
  await db.run(sql`DROP TABLE \`agenda_portals\`;`)
  await db.run(sql`DROP TABLE \`agenda_translation_states\`;`)
  await db.run(sql`DROP TABLE \`agenda\`;`)
  await db.run(sql`DROP TABLE \`agenda_locales\`;`)
  await db.run(sql`DROP TABLE \`agenda_rels\`;`)
  await db.run(sql`DROP TABLE \`_agenda_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_agenda_v_version_portals\`;`)
  await db.run(sql`DROP TABLE \`_agenda_v_version_translation_states\`;`)
  await db.run(sql`DROP TABLE \`_agenda_v\`;`)
  await db.run(sql`DROP TABLE \`_agenda_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_agenda_v_rels\`;`)
  await db.run(sql`DROP TABLE \`faq_portals\`;`)
  await db.run(sql`DROP TABLE \`faq_translation_states\`;`)
  await db.run(sql`DROP TABLE \`faq\`;`)
  await db.run(sql`DROP TABLE \`faq_locales\`;`)
  await db.run(sql`DROP TABLE \`faq_rels\`;`)
  await db.run(sql`DROP TABLE \`_faq_v_version_portals\`;`)
  await db.run(sql`DROP TABLE \`_faq_v_version_translation_states\`;`)
  await db.run(sql`DROP TABLE \`_faq_v\`;`)
  await db.run(sql`DROP TABLE \`_faq_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_faq_v_rels\`;`)
  await db.run(sql`DROP TABLE \`projects_portals\`;`)
  await db.run(sql`DROP TABLE \`projects_translation_states\`;`)
  await db.run(sql`DROP TABLE \`projects\`;`)
  await db.run(sql`DROP TABLE \`projects_locales\`;`)
  await db.run(sql`DROP TABLE \`projects_rels\`;`)
  await db.run(sql`DROP TABLE \`_projects_v_version_portals\`;`)
  await db.run(sql`DROP TABLE \`_projects_v_version_translation_states\`;`)
  await db.run(sql`DROP TABLE \`_projects_v\`;`)
  await db.run(sql`DROP TABLE \`_projects_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_projects_v_rels\`;`)
  await db.run(sql`DROP TABLE \`tools_portals\`;`)
  await db.run(sql`DROP TABLE \`tools_translation_states\`;`)
  await db.run(sql`DROP TABLE \`tools\`;`)
  await db.run(sql`DROP TABLE \`tools_locales\`;`)
  await db.run(sql`DROP TABLE \`tools_rels\`;`)
  await db.run(sql`DROP TABLE \`_tools_v_version_portals\`;`)
  await db.run(sql`DROP TABLE \`_tools_v_version_translation_states\`;`)
  await db.run(sql`DROP TABLE \`_tools_v\`;`)
  await db.run(sql`DROP TABLE \`_tools_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_tools_v_rels\`;`)
  await db.run(sql`DROP TABLE \`documents_portals\`;`)
  await db.run(sql`DROP TABLE \`documents\`;`)
  await db.run(sql`DROP TABLE \`documents_locales\`;`)
  await db.run(sql`DROP TABLE \`documents_rels\`;`)
  await db.run(sql`DROP TABLE \`themes_portals\`;`)
  await db.run(sql`DROP TABLE \`themes\`;`)
  await db.run(sql`DROP TABLE \`themes_locales\`;`)
  await db.run(sql`DROP TABLE \`referent_organisations\`;`)
  await db.run(sql`DROP TABLE \`referent_organisations_locales\`;`)
  await db.run(sql`DROP TABLE \`referent_organisations_rels\`;`)
  await db.run(sql`DROP TABLE \`portals_published_locales\`;`)
  await db.run(sql`DROP TABLE \`portals\`;`)
  await db.run(sql`DROP TABLE \`portals_locales\`;`)
  await db.run(sql`DROP TABLE \`portals_rels\`;`)
  await db.run(sql`DROP TABLE \`redirects\`;`)
  await db.run(sql`DROP TABLE \`redirects_rels\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'news',
  	\`published_at\` text,
  	\`is_demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "kind", "published_at", "is_demo", "updated_at", "created_at", "_status") SELECT "id", "kind", "published_at", "is_demo", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`sections_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sections_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles_rels\`("id", "order", "parent_id", "path", "sections_id") SELECT "id", "order", "parent_id", "path", "sections_id" FROM \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles_rels\` RENAME TO \`articles_rels\`;`)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_sections_id_idx\` ON \`articles_rels\` (\`sections_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text DEFAULT 'news',
  	\`version_published_at\` text,
  	\`version_is_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_kind", "version_published_at", "version_is_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_kind", "version_published_at", "version_is_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`sections_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sections_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v_rels\`("id", "order", "parent_id", "path", "sections_id") SELECT "id", "order", "parent_id", "path", "sections_id" FROM \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v_rels\` RENAME TO \`_articles_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_sections_id_idx\` ON \`_articles_v_rels\` (\`sections_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'editor' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "role", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until") SELECT "id", "name", "role", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`sections_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sections_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "sections_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "articles_id", "sections_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sections_id_idx\` ON \`payload_locked_documents_rels\` (\`sections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`articles_locales_parent_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` DROP COLUMN \`seo_meta_title\`;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` DROP COLUMN \`seo_meta_description\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_locales_parent_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` DROP COLUMN \`version_seo_meta_title\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` DROP COLUMN \`version_seo_meta_description\`;`)
  await db.run(sql`DROP INDEX \`sections_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_id_idx\`;`)
}
