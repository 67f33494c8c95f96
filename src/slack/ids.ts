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
} as const;
