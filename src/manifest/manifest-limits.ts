/**
 * Slack's documented field limits for the parts of an app manifest Story Desk uses, taken from
 * the manifest reference (docs.slack.dev/reference/app-manifest) and Slack's published JSON schema
 * (v1.0.0; v2 has the same constraints). Objects list every key Slack accepts, because Slack
 * rejects a manifest with a key it does not know. Parts Story Desk does not use (functions,
 * workflows, datastores…) are accepted as they are and left to Slack's own validation.
 */

export type FieldShape =
  | {
      readonly kind: "string";
      readonly min?: number;
      readonly max?: number;
      /** The value must match; `hint` says how, in words. */
      readonly pattern?: { readonly test: RegExp; readonly hint: string };
      /** A URL Slack calls: https://, or the `${PUBLIC_URL}` placeholder filled in at deploy time. */
      readonly url?: boolean;
    }
  | { readonly kind: "boolean" }
  | { readonly kind: "integer" }
  | { readonly kind: "any" }
  | {
      readonly kind: "array";
      readonly items: FieldShape;
      readonly min?: number;
      readonly max?: number;
      readonly unique?: boolean;
    }
  | {
      readonly kind: "object";
      readonly fields: Readonly<Record<string, FieldShape>>;
      readonly required?: readonly string[];
    };

const text = (min: number, max: number): FieldShape => ({ kind: "string", min, max });
const flag: FieldShape = { kind: "boolean" };
const integer: FieldShape = { kind: "integer" };
const any: FieldShape = { kind: "any" };
const url = (max: number): FieldShape => ({ kind: "string", max, url: true });
const names = (max: number, itemMax: number, unique = false): FieldShape => ({
  kind: "array",
  items: text(0, itemMax),
  max,
  unique,
});

/** The lowercase-hex colour Slack accepts: #abc or #aabbcc. */
const hexColour = {
  test: /^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/,
  hint: 'a hex colour such as "#1f3a5f"',
};
const slashFirst = { test: /^\//, hint: 'start with "/"' };
const domain = { test: /^(?![.-])([-a-z0-9.])+([a-z0-9])$/, hint: "be a lowercase domain name" };

export const MANIFEST_SHAPE: FieldShape = Object.freeze({
  kind: "object",
  required: ["display_information"],
  fields: {
    $schema: { kind: "string" },
    _metadata: {
      kind: "object",
      fields: {
        major_version: integer,
        minor_version: integer,
        schema_version: integer,
        min_version: integer,
      },
    },
    display_information: {
      kind: "object",
      required: ["name"],
      fields: {
        name: text(1, 35),
        description: text(1, 140),
        long_description: text(175, 4000),
        background_color: { kind: "string", min: 4, max: 7, pattern: hexColour },
      },
    },
    features: {
      kind: "object",
      fields: {
        app_home: {
          kind: "object",
          fields: {
            home_tab_enabled: flag,
            messages_tab_enabled: flag,
            messages_tab_read_only_enabled: flag,
          },
        },
        bot_user: {
          kind: "object",
          required: ["display_name"],
          fields: { display_name: text(1, 80), always_online: flag },
        },
        slash_commands: {
          kind: "array",
          min: 1,
          max: 50,
          items: {
            kind: "object",
            required: ["command", "description"],
            fields: {
              command: { kind: "string", min: 2, max: 32, pattern: slashFirst },
              url: url(3000),
              description: text(1, 2000),
              usage_hint: text(1, 1000),
              should_escape: flag,
            },
          },
        },
        shortcuts: {
          kind: "array",
          min: 1,
          max: 10,
          items: {
            kind: "object",
            required: ["name", "type", "callback_id", "description"],
            fields: {
              name: text(1, 24),
              type: {
                kind: "string",
                pattern: { test: /^(message|global)$/, hint: 'be "message" or "global"' },
              },
              callback_id: text(1, 255),
              description: text(1, 150),
            },
          },
        },
        unfurl_domains: {
          kind: "array",
          min: 1,
          max: 5,
          unique: true,
          items: { kind: "string", max: 255, pattern: domain },
        },
        functions: any,
        workflow_steps: any,
        assistant_view: any,
        agent_view: any,
      },
    },
    oauth_config: {
      kind: "object",
      fields: {
        redirect_urls: { kind: "array", max: 1000, unique: true, items: text(0, 2500) },
        scopes: {
          kind: "object",
          fields: {
            bot: names(255, 50, true),
            user: names(255, 50, true),
            bot_optional: names(255, 50, true),
            user_optional: names(255, 50, true),
          },
        },
        token_management_enabled: flag,
        pkce_enabled: flag,
      },
    },
    settings: {
      kind: "object",
      fields: {
        allowed_ip_address_ranges: any,
        event_subscriptions: {
          kind: "object",
          fields: {
            request_url: url(3500),
            bot_events: names(100, 50, true),
            user_events: names(100, 50, true),
            metadata_subscriptions: any,
          },
        },
        incoming_webhooks: { kind: "object", fields: { incoming_webhooks_enabled: flag } },
        interactivity: {
          kind: "object",
          required: ["is_enabled"],
          fields: { is_enabled: flag, request_url: url(3500), message_menu_options_url: url(3500) },
        },
        org_deploy_enabled: flag,
        socket_mode_enabled: flag,
        is_hosted: flag,
        token_rotation_enabled: flag,
        siws_links: any,
        hermes_app_type: { kind: "string" },
        function_runtime: { kind: "string" },
        is_mcp_enabled: flag,
      },
    },
    app_directory: any,
    functions: any,
    workflows: any,
    datastores: any,
    outgoing_domains: any,
    types: any,
    external_auth_providers: any,
    mcp_servers: any,
  },
} satisfies FieldShape);
