/**
 * Every Slack identifier the app uses, in one place: registration, builders and parsers all read
 * these, and a test holds them against manifest.yml.
 */
export const COMMAND = '/prospect' as const;

export const CALLBACK = {
  /** The message shortcut "Create prospect". */
  messageShortcut: 'create_prospect_from_message',
  /** The prospect form modal. */
  prospectModal: 'prospect_form',
  /** The modal asking a workspace admin for the Trata API key. */
  connectTrata: 'trata_connect',
} as const;

/** Input blocks of the prospect modal: error keys for response_action "errors" are these. */
export const BLOCK = {
  name: 'prospect_name',
  email: 'prospect_email',
  phone: 'prospect_phone',
  status: 'prospect_status',
  notes: 'prospect_notes',
  formError: 'prospect_form_error',
  /** Radio choice shown when Trata already has someone with this email or phone. */
  duplicateChoice: 'prospect_duplicate_choice',
  /** The status control on a card: the prospect id follows the prefix. */
  cardStatusPrefix: 'card_status:',
  destination: 'prospect_destination',
  /** The API key input of the Connect Trata modal. */
  trataKey: 'trata_api_key',
} as const;

/** The bot scopes the app asks for when installed with Add to Slack (manifest.yml lists the same). */
export const BOT_SCOPES = [
  'commands',
  'chat:write',
  'chat:write.public',
  'channels:join',
  'users:read',
] as const;

/** Web routes besides /slack/events. */
export const ROUTES = {
  install: '/slack/install',
  oauthRedirect: '/slack/oauth_redirect',
  healthz: '/healthz',
  readyz: '/readyz',
} as const;

export const ACTION = {
  name: 'name',
  email: 'email',
  phone: 'phone',
  status: 'status',
  notes: 'notes',
  duplicateChoice: 'duplicate_choice',
  /** Status picked on a posted card. */
  setStatus: 'set_status',
  /** "New prospect" on the Home tab. */
  homeNewProspect: 'home_new_prospect',
  /** "Try again" on a message telling the user Trata was down: reopens the form with what they typed. */
  retrySubmission: 'retry_submission',
  /** Home tab: Connect Trata / Replace key (opens the key modal) and Disconnect. */
  connectTrata: 'home_connect_trata',
  disconnectTrata: 'home_disconnect_trata',
  trataKey: 'trata_api_key',
} as const;
