/** Resolves with the value if the promise settles within `ms`, else undefined (the promise keeps running). */
export async function settleWithin<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** What is left of an ack budget counted from when the request arrived (time spent queued counts). */
export function budgetLeft(receivedAt: unknown, budgetMs: number): number {
  const arrived = typeof receivedAt === 'number' ? receivedAt : Date.now();
  return Math.max(0, budgetMs - (Date.now() - arrived));
}
