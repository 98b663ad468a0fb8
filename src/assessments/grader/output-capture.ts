// Keeps the beginning and the end of a stream within a fixed budget and counts the rest, so a submission that
// prints gigabytes costs the grader a bounded amount of memory while the pipe keeps draining (the writer is
// never blocked by a full pipe).
export type CapturedOutput = { text: string; bytes: number; truncated: boolean };

export class OutputCapture {
  private readonly headLimit: number;
  private readonly tailLimit: number;
  private readonly head: Buffer[] = [];
  private headBytes = 0;
  private tail: Buffer[] = [];
  private tailBytes = 0;
  private total = 0;

  constructor(maxBytes: number) {
    // Most of the budget for the start (how it booted), the rest for the end (why it died).
    this.headLimit = Math.ceil(maxBytes * 0.75);
    this.tailLimit = maxBytes - this.headLimit;
  }

  push(chunk: Buffer) {
    this.total += chunk.length;
    let rest = chunk;
    if (this.headBytes < this.headLimit) {
      const taken = rest.subarray(0, this.headLimit - this.headBytes);
      this.head.push(taken);
      this.headBytes += taken.length;
      rest = rest.subarray(taken.length);
    }
    if (rest.length === 0 || this.tailLimit === 0) return;
    this.tail.push(rest);
    this.tailBytes += rest.length;
    // Drop whole chunks from the front while the remainder still covers the tail budget.
    while (this.tail.length > 1 && this.tailBytes - (this.tail[0]?.length ?? 0) >= this.tailLimit) {
      this.tailBytes -= this.tail.shift()?.length ?? 0;
    }
  }

  result(): CapturedOutput {
    const head = Buffer.concat(this.head);
    const tailAll = Buffer.concat(this.tail);
    const tail = tailAll.subarray(Math.max(0, tailAll.length - this.tailLimit));
    const omitted = this.total - head.length - tail.length;
    const text =
      omitted > 0
        ? `${head.toString('utf8')}\n[… ${omitted} bytes omitted …]\n${tail.toString('utf8')}`
        : `${head.toString('utf8')}${tail.toString('utf8')}`;
    return { text, bytes: this.total, truncated: omitted > 0 };
  }
}
