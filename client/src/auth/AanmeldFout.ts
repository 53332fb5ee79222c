/** A sign-in that could not be started or completed, with a Dutch explanation for the user. */
export class AanmeldFout extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'AanmeldFout';
  }
}
