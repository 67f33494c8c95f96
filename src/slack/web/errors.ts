/** The Slack error code of a failed Web API call (web-api v8 puts it in `.data.error`), if any. */
export function slackErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const data = (error as { data?: { error?: unknown } }).data;
  if (typeof data?.error === 'string') return data.error;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** Posts a message through a response_url. Returns false when Slack refused it. */
export async function postToResponseUrl(url: string, message: Record<string, unknown>): Promise<boolean> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(5000),
    });
    await res.text();
    return res.ok;
  } catch {
    return false;
  }
}
