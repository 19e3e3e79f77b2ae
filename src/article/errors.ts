/** Input that cannot be analysed at all: the message says what is wrong and what to do. Only this is thrown. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly origin?: string,
  ) {
    super(message);
    this.name = "InputError";
  }
}
