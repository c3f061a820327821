/**
 * What an editor would read when `attempt` fails: the error message and, for validation
 * errors, each field's message. Fails the test when `attempt` succeeds.
 */
export async function rejection(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
  } catch (error) {
    const { message, data } = error as {
      message: string;
      data?: { errors?: { message: string }[] };
    };
    return [message, ...(data?.errors ?? []).map((entry) => entry.message)].join('\n');
  }
  throw new Error('Expected the operation to be refused, but it succeeded.');
}
