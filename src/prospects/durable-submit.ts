import type { Logger } from 'pino';
import type { ProspectDraft } from '../domain/draft.js';
import { Limiter } from '../runtime/limiter.js';
import type { Origin } from '../slack/payloads/origin.js';
import type { PayloadSigner } from '../slack/payloads/signer.js';
import type { DuplicateChoice } from '../slack/payloads/view-state.js';
import { outcomeMessage, outcomeView } from '../slack/ui/outcome.js';
import { type SlackApi, SlackApiError, type SlackWeb } from '../slack/web/client.js';
import { notifyPrivately } from '../slack/web/notify.js';
import { type CaptureIds, ClaimLostError, type Journal, type JournalEntry } from '../store/submissions.js';
import type { ProspectInput } from '../trata/schemas.js';
import type { Workspace, WorkspaceResolver } from '../workspaces/workspace.js';
import { type Outcome, type SubmitSteps, submitProspect } from './submit.js';

/**
 * Prospect form submissions made durable by the journal (store/submissions.ts). A valid submission
 * is written to the store before anything is answered or sent to Trata; each step is recorded as it
 * finishes (submit.ts), then the outcome, then how the person was told. The same submission arriving
 * twice (double click, retried request, another instance) finds the first one's row and shows its
 * outcome; work whose worker died is taken up by any instance (`sweep`) and finished from where it
 * stopped.
 */

export const SUBMISSION_KIND = 'prospect_form';

/** What was submitted: enough to finish the submission after a restart. */
export interface SubmissionRequest {
  draft: ProspectDraft;
  input: ProspectInput;
  origin: Origin;
  choice: DuplicateChoice | undefined;
  /** The modal: it says "Creating…" (or still shows the form) until the outcome replaces it. */
  viewId: string;
}

/** How the person learnt the outcome: the answer to the submission, the modal updated, or a message. */
export type Told = 'answer' | 'view' | 'ephemeral' | 'dm' | 'failed';

export interface SubmissionSteps extends SubmitSteps {
  outcome?: Outcome;
  told?: Told;
}

type Entry = JournalEntry<SubmissionRequest, SubmissionSteps>;

/** How the submission itself was answered, which decides how the person is told the outcome. */
export type Answered = 'outcome' | 'working';

export interface Submitted {
  /** The outcome once known; undefined if it could not be known now (the journal will finish it). */
  outcome: Promise<Outcome | undefined>;
  /** Call once the submission is answered: with the outcome itself, or with a "Creating…" view. */
  answered(how: Answered): void;
}

export interface DurableSubmissionsOptions {
  journal: Journal;
  workspaces: WorkspaceResolver;
  respond: SlackWeb['respond'];
  signer: PayloadSigner;
  defaultRegion: string;
  /** Cards get View in Trata when set (TRATA_APP_URL). */
  trataAppUrl?: string | undefined;
  logger: Logger;
  /** Counts work in flight, so a shutdown waits for it (WorkTracker.track). */
  track<T>(task: () => Promise<T>): Promise<T>;
  /** How long finished submissions are kept (personal data): then deleted. */
  retentionMs: number;
  /** Housekeeping besides the journal's own (e.g. pruning processed event ids), run with the prune. */
  onPrune?: (now: number) => Promise<unknown>;
  /** Between sweeps for work whose worker is gone. */
  sweepMs?: number;
  now?: () => number;
}

/** Submissions worked on at once; the rest queue (already acknowledged with "Creating…"). */
const CONCURRENT_SUBMISSIONS = 64;
/** Taken over a batch at a time: with SKIP LOCKED, a dead instance's backlog is shared among those alive. */
const SWEEP_BATCH = 16;
/**
 * A sweep takes up work while fewer than this are running or queued here: a busy instance still takes
 * its share (claims are renewed while queued), one far behind leaves it to the others.
 */
const MAX_QUEUED = 2 * CONCURRENT_SUBMISSIONS;
const PRUNE_EVERY_MS = 10 * 60 * 1000;
/** A second arrival looks at the first one's row this often while waiting for its outcome. */
const FOLLOW_POLL_MS = 100;
const FOLLOW_MAX_MS = 10 * 60 * 1000;
const ANSWER_WAIT_MS = 5000;
/**
 * Pauses before sending a modal's update again after its answer was lost (a connection cut, a
 * timeout): showing the same view twice is harmless, whereas taking the modal for closed would leave
 * it saying "Creating…" and tell the person privately instead.
 */
const VIEW_UPDATE_RETRY_MS = [250, 1000];

export type DurableSubmissions = ReturnType<typeof createDurableSubmissions>;

export function createDurableSubmissions(options: DurableSubmissionsOptions) {
  const { journal, logger, now = Date.now } = options;
  const limiter = new Limiter(CONCURRENT_SUBMISSIONS);
  /** Keys this process is working on: a sweep never starts a second local run of one. */
  const active = new Set<string>();
  const timers: NodeJS.Timeout[] = [];
  let stopped = false;
  let lastPrune = 0;

  /**
   * Journals a valid submission, then works on it — or, when the same submission is already there,
   * follows the first one's outcome. Resolves once the submission is in the store.
   */
  async function submit(args: {
    workspace: Workspace;
    ids: CaptureIds;
    request: SubmissionRequest;
    /** Waited for before the work starts (a burst: let other requests' answers go first). */
    defer?: (() => Promise<unknown>) | undefined;
  }): Promise<Submitted> {
    const { request } = args;
    const key = request.origin.submissionKey;
    const begun = await journal.begin<SubmissionRequest, SubmissionSteps>({
      kind: SUBMISSION_KIND,
      key,
      ids: args.ids,
      userId: request.origin.userId,
      request,
      steps: {},
    });
    let entry: Entry | undefined = begun.mine ? begun.entry : undefined;
    if (!begun.mine && begun.entry.state === 'finished' && begun.entry.steps.outcome?.kind !== 'created') {
      // Sent again after an outcome that made nothing (duplicates found, Trata down…): a new attempt.
      entry = await journal.reopen(begun.entry, request, {});
    }
    if (!entry) return follow(begun.entry, args.workspace.slack);

    const answer = deferred<Answered>();
    const outcome = deferred<Outcome | undefined>();
    const mine = entry;
    void options.track(() =>
      limiter.run(async () => {
        await args.defer?.();
        await work(mine, args.workspace, answer.promise, outcome.resolve);
      }),
    );
    return { outcome: outcome.promise, answered: answer.resolve };
  }

  /** Someone else's submission (double click, retry, another instance): its outcome, never a second create. */
  function follow(entry: Entry, slack: SlackApi): Submitted {
    const log = logger.child({ submission: entry.key, user: entry.userId });
    log.info({ state: entry.state }, 'submission arrived again: following the first one');
    const outcome = entry.steps.outcome
      ? Promise.resolve(entry.steps.outcome)
      : waitForOutcome(entry).catch((error: unknown) => {
          log.warn({ err: error }, 'could not follow the submission');
          return undefined;
        });
    return {
      outcome,
      answered(how) {
        if (how !== 'working') return;
        // This arrival's "Creating…" may have come after the first one's outcome: show it again.
        void options.track(async () => {
          const known = await outcome;
          if (!known) return;
          await updateView(slack, {
            view_id: entry.request.viewId,
            view: outcomeView(known, entry.request.draft, options.signer),
          }).catch(() => undefined);
        });
      },
    };
  }

  async function waitForOutcome(entry: Entry): Promise<Outcome | undefined> {
    const giveUpAt = now() + FOLLOW_MAX_MS;
    while (!stopped && now() < giveUpAt) {
      await sleep(FOLLOW_POLL_MS);
      const current = await journal.get<SubmissionRequest, SubmissionSteps>(entry.kind, entry.key);
      if (!current) return undefined;
      if (current.steps.outcome) return current.steps.outcome;
    }
    return undefined;
  }

  /**
   * Finishes one submission from where its steps stopped. `answered` says how the submission was
   * answered (a taken-over one: 'working', so the person is told by updating the modal or privately).
   */
  async function work(
    entry: Entry,
    workspace: Workspace | undefined,
    answered: Promise<Answered>,
    onOutcome: (outcome: Outcome | undefined) => void,
  ): Promise<void> {
    const { request } = entry;
    const log = logger.child({
      submission: entry.key,
      user: request.origin.userId,
      channel: request.origin.channelId,
    });
    active.add(entry.key);
    let steps: SubmissionSteps = { ...entry.steps };
    const record = async (next: SubmissionSteps, finish = false) => {
      steps = next;
      await journal.record(entry, next, { finish });
    };
    try {
      if (!workspace) {
        // Uninstalled since (its rows go with it) or unknown: nobody is left to tell.
        log.warn('submission taken up for a workspace that is not installed: dropped');
        onOutcome(undefined);
        await record({ ...steps, told: 'failed' }, true);
        return;
      }
      let outcome = steps.outcome;
      if (!outcome) {
        outcome = workspace.trata
          ? await submitProspect(
              {
                trata: workspace.trata,
                slack: workspace.slack,
                respond: options.respond,
                defaultRegion: options.defaultRegion,
                trataAppUrl: options.trataAppUrl,
                logger: log,
              },
              { input: request.input, origin: request.origin, choice: request.choice },
              {
                steps,
                record: (next) => record({ ...steps, ...next }),
                lookFirst: entry.attempt > 1,
              },
            )
          : { kind: 'failed', reason: 'trataAuth', origin: { ...request.origin, recheck: true } };
        // The card's delivery and the outcome together: one write.
        await record({
          ...steps,
          ...(outcome.kind === 'created' ? { delivery: outcome.delivery } : {}),
          outcome,
        });
      }
      onOutcome(outcome);
      // The submission is answered within Slack's 3 s, or never: then the modal is updated.
      const how = await Promise.race([answered, sleep(ANSWER_WAIT_MS).then(() => 'working' as const)]);
      const told = how === 'outcome' ? 'answer' : await tell(workspace.slack, request, outcome, log);
      await record({ ...steps, told }, true);
    } catch (error) {
      onOutcome(undefined);
      if (error instanceof ClaimLostError) log.info('submission taken over by another instance');
      // Left unfinished in the journal: once the claim runs out, a sweep takes it up again.
      else log.error({ err: error }, 'submission interrupted; it will be taken up again');
    } finally {
      active.delete(entry.key);
    }
  }

  async function tell(
    slack: SlackApi,
    request: SubmissionRequest,
    outcome: Outcome,
    log: Logger,
  ): Promise<Told> {
    const { viewId, draft, origin } = request;
    try {
      await updateView(slack, { view_id: viewId, view: outcomeView(outcome, draft, options.signer) });
      return 'view';
    } catch (error) {
      // The person closed the modal (or Slack could not be reached): tell them privately, and for a failure give them a way back to their details.
      log.info({ err: error }, 'modal closed before the outcome; telling the user privately');
      return notifyPrivately(slack, origin, outcomeMessage(outcome), {
        retry:
          outcome.kind === 'created' ? undefined : { draft, origin: outcome.origin, signer: options.signer },
      });
    }
  }

  /**
   * Takes over submissions whose worker is gone (a crash, a killed instance) and finishes them. They
   * go ahead of this instance's own queue: their people have waited longest (an error shown, or
   * "Creating…" for seconds). A full batch is followed by another at once, so a dead instance's
   * backlog is taken up in one go rather than a batch a second.
   */
  async function sweep(): Promise<number> {
    let total = 0;
    for (;;) {
      const room = MAX_QUEUED - limiter.pending;
      if (stopped || room <= 0) return total;
      const batch = Math.min(SWEEP_BATCH, room);
      const taken = await journal.claimStale<SubmissionRequest, SubmissionSteps>(batch);
      total += taken.length;
      for (const entry of taken) takeUp(entry);
      if (taken.length < batch) return total;
    }
  }

  function takeUp(entry: Entry): void {
    if (active.has(entry.key) || entry.kind !== SUBMISSION_KIND) return;
    logger.info(
      { submission: entry.key, attempt: entry.attempt, done: Object.keys(entry.steps) },
      'taking up an unfinished submission',
    );
    void options.track(() =>
      limiter.run(
        async () => {
          const workspace = await options.workspaces.resolve({
            teamId: entry.ids.teamId,
            enterpriseId: entry.ids.enterpriseId,
            isEnterpriseInstall: entry.ids.isEnterpriseInstall,
          });
          await work(entry, workspace, Promise.resolve('working'), () => undefined);
        },
        { first: true },
      ),
    );
  }

  async function housekeeping(): Promise<void> {
    const at = now();
    if (at - lastPrune < PRUNE_EVERY_MS) return;
    lastPrune = at;
    const pruned = await journal.prune(at - options.retentionMs);
    await options.onPrune?.(at);
    if (pruned > 0) logger.info({ pruned }, 'finished submissions past their retention deleted');
  }

  /** Sweeps at once (start-up recovery), then every few seconds; renews this worker's claims. */
  function start(): void {
    const sweepMs = options.sweepMs ?? 1000;
    const tick = () =>
      void sweep()
        .then(() => housekeeping())
        .catch((error: unknown) => logger.warn({ err: error }, 'submission sweep failed'));
    tick();
    const sweeping = setInterval(tick, sweepMs);
    const renewing = setInterval(() => {
      if (active.size === 0) return;
      journal
        .renew()
        .catch((error: unknown) => logger.warn({ err: error }, 'could not renew submission claims'));
    }, journal.claimMs / 3);
    for (const timer of [sweeping, renewing]) {
      timer.unref();
      timers.push(timer);
    }
  }

  /** Takes up nothing more; claims on work still running stay renewed until `close`. */
  function stop(): void {
    stopped = true;
    const sweeping = timers.shift();
    if (sweeping) clearInterval(sweeping);
  }

  /** Stops renewing: unfinished work stays in the journal, taken up by whoever sweeps next. */
  function close(): void {
    stop();
    for (const timer of timers.splice(0)) clearInterval(timer);
  }

  return {
    submit,
    sweep,
    start,
    stop,
    close,
    /** Submissions running or queued in this process. */
    get pending() {
      return limiter.pending;
    },
  };
}

/** views.update, sent again while no answer came back; Slack's own refusal (e.g. the modal is closed) is final. */
async function updateView(slack: SlackApi, args: { view_id: string; view: object }): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await slack.views.update(args);
      return;
    } catch (error) {
      const wait = VIEW_UPDATE_RETRY_MS[attempt];
      if (error instanceof SlackApiError || wait === undefined) throw error;
      await sleep(wait);
    }
  }
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
