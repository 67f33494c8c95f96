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
  /** The Edit details form opened from a card. */
  editModal: 'prospect_edit',
  /** The Home tab's search form. */
  findModal: 'prospect_find',
} as const;

/** Workflow Builder custom steps (manifest.yml `functions`), by callback_id. */
export const FUNCTION = {
  /** "Create a Trata prospect". */
  createProspect: 'create_prospect',
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
  /** Radio choice in the prospect form: post the card in the channel, or send it only to me. */
  cardDestination: 'prospect_card_destination',
  /** A search result's buttons and status menu: the prospect id follows the prefix. */
  findResultPrefix: 'find_result:',
  /** The search input of the Home tab's search form. */
  findQuery: 'find_query',
  /** A line at the top of a results view saying what a press did. */
  findBanner: 'find_banner',
  /** The Undo button in the creator's confirmation / edit form. */
  undo: 'prospect_undo',
} as const;

/** The bot scopes the app asks for when installed with Add to Slack (manifest.yml lists the same). */
export const BOT_SCOPES = [
  'commands',
  'chat:write',
  'chat:write.public',
  'channels:join',
  'users:read',
  // Watched channels: new messages in the public (channels:history) and private (groups:history)
  // channels someone ran `/prospect watch` in. Only channels the app is a member of send them.
  'channels:history',
  'groups:history',
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
  /** The card's overflow menu (Edit details). */
  cardMenu: 'card_menu',
  /** The card's View in Trata link button (acknowledged only: Slack opens the link). */
  viewInTrata: 'view_in_trata',
  /** Undo a prospect just created (its creator, within 10 minutes). */
  undo: 'undo_prospect',
  /** Search results: post this prospect's card here / change its status. */
  postHere: 'find_post_here',
  resultStatus: 'find_set_status',
  /** Nothing found: Create prospect, prefilled with what was searched. */
  findCreate: 'find_create_prospect',
  /** Home tab: Find a prospect (opens the search form). */
  homeFind: 'home_find_prospect',
  findQuery: 'find_query',
  cardDestination: 'card_destination',
} as const;

/** Overflow menu values on a card. */
export const CARD_MENU = { edit: 'edit' } as const;

/** Buttons on a suggestion posted in a watched channel's thread (action_ids). */
export const SUGGESTION = {
  /** Opens the prospect form prefilled from the lead message. */
  create: 'suggestion_create',
  /** "Not a lead": removes the suggestion. */
  dismiss: 'suggestion_dismiss',
  /** The block holding both buttons. */
  actionsBlock: 'suggestion_actions',
} as const;
