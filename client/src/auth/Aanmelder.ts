import type { UserManager } from 'oidc-client-ts';
import type { TokenBron } from '../api/client';
import { haalIkOp, type Ik } from '../api/ik';
import { ApiError } from '../api/problem';
import { AanmeldFout } from './AanmeldFout';
import { leesAanmeldState, maakAanmeldState } from './aanmeldState';
import { AANGEMELD_PAD } from './userManager';

/** The part of oidc-client-ts' UserManager the sign-in uses; tests put a fake in its place. */
export type AanmeldClient = Pick<
  UserManager,
  'getUser' | 'removeUser' | 'signinRedirect' | 'signinRedirectCallback' | 'signoutRedirect'
>;

/** The part of the data router the sign-in uses: where the user is, and the way back. */
export interface AanmeldRouter {
  readonly state: { readonly location: { pathname: string; search: string; hash: string } };
  navigate(to: string, opts: { replace: boolean }): Promise<void>;
}

export type Aanmelding =
  | { status: 'bezig' }
  | { status: 'afgemeld'; fout?: AanmeldFout | ApiError }
  | { status: 'aangemeld'; gebruiker: Ik };

export interface AanmeldOpties {
  /**
   * Replace the current history entry instead of adding one. For a sign-in the app starts by
   * itself: Back must not return to a page that at once redirects again.
   */
  vervang?: boolean;
}

const NIET_GESTART = 'Het inloggen kon niet worden gestart. Probeer het later opnieuw.';
const NIET_AFGEROND = 'Het inloggen kon niet worden afgerond. Probeer het opnieuw.';
const GEWEIGERD =
  'De server accepteert de aanmelding niet. Probeer het later opnieuw of neem contact op met de beheerder.';

/**
 * The sign-in state of one page load and everything that changes it: completing the OIDC
 * callback, signing in and out, and a token the API refuses. React reads it as an external store
 * (useAanmelding); the API client asks it for the token (TokenBron).
 */
export class Aanmelder implements TokenBron {
  readonly #userManager: AanmeldClient;
  readonly #router: AanmeldRouter;
  readonly #luisteraars = new Set<() => void>();
  #aanmelding: Aanmelding = { status: 'bezig' };
  #start: Promise<void> | undefined;
  #omleiding: Promise<void> | undefined;
  /** The token GET /ik last succeeded with: proof that the API accepts it. */
  #aanvaardToken: string | undefined;

  constructor(userManager: AanmeldClient, router: AanmeldRouter) {
    this.#userManager = userManager;
    this.#router = router;
  }

  readonly subscribe = (luisteraar: () => void): (() => void) => {
    this.#luisteraars.add(luisteraar);
    return () => this.#luisteraars.delete(luisteraar);
  };

  readonly getSnapshot = (): Aanmelding => this.#aanmelding;

  /**
   * Runs once per page load (later calls share the first): completes the sign-in when the OIDC
   * provider sent the browser back to /aangemeld, and otherwise picks up a user already in memory.
   */
  start(): Promise<void> {
    this.#start ??= this.#begin();
    return this.#start;
  }

  /** Sends the browser to the OIDC provider to sign in, and afterwards back to `returnTo`. */
  readonly meldAan = (returnTo: string, opties: AanmeldOpties = {}): Promise<void> =>
    this.#stuurDoor(() =>
      this.#userManager.signinRedirect({
        state: maakAanmeldState(returnTo),
        redirectMethod: opties.vervang ? 'replace' : 'assign',
      }),
    );

  /** Drops the token and ends the server session; the OIDC provider sends the browser to /. */
  readonly meldAf = (): Promise<void> => this.#stuurDoor(() => this.#userManager.signoutRedirect());

  async accessToken(): Promise<string | undefined> {
    return (await this.#userManager.getUser())?.access_token;
  }

  /** The API answered 401 to a request with `token`: it expired, or the server no longer accepts it. */
  async tokenGeweigerd(token: string): Promise<void> {
    const user = await this.#userManager.getUser();
    // An answer to a request sent with an earlier token says nothing about the current one.
    if (!user || user.access_token !== token) return;
    await this.#userManager.removeUser();
    const nooitAanvaard = this.#aanvaardToken !== token;
    // A fresh token refused right after a fresh token was refused: signing in once more would only
    // bounce between the SPA and the OIDC provider for ever, so stop and say so.
    if (nooitAanvaard && leesAanmeldState(user.state).herhaling) {
      this.#zet({ status: 'afgemeld', fout: new AanmeldFout(GEWEIGERD) });
      return;
    }
    // Not awaited: the redirect only settles if the browser comes back to this page.
    void this.#stuurDoor(() =>
      this.#userManager.signinRedirect({
        state: maakAanmeldState(this.#huidigeRoute(), nooitAanvaard),
        redirectMethod: 'replace',
      }),
    );
  }

  async #begin(): Promise<void> {
    const { pathname, search } = this.#router.state.location;
    if (pathname !== AANGEMELD_PAD) {
      const user = await this.#userManager.getUser();
      if (user) await this.#laadGebruiker();
      else this.#zet({ status: 'afgemeld' });
      return;
    }
    let returnTo: string;
    try {
      const user = await this.#userManager.signinRedirectCallback(`${window.location.origin}${pathname}${search}`);
      returnTo = leesAanmeldState(user.state).returnTo;
    } catch (oorzaak) {
      this.#zet({ status: 'afgemeld', fout: new AanmeldFout(NIET_AFGEROND, { cause: oorzaak }) });
      return;
    }
    // Replace /aangemeld?code=… so Back does not come to a spent code.
    await this.#router.navigate(returnTo, { replace: true });
    await this.#laadGebruiker();
  }

  async #laadGebruiker(): Promise<void> {
    this.#zet({ status: 'bezig' });
    const token = await this.accessToken();
    try {
      const gebruiker = await haalIkOp();
      this.#aanvaardToken = token;
      this.#zet({ status: 'aangemeld', gebruiker });
    } catch (fout) {
      // tokenGeweigerd has dealt with a 401 already: the API client reports it before returning.
      if (fout instanceof ApiError && fout.status === 401) return;
      await this.#userManager.removeUser();
      this.#zet({
        status: 'afgemeld',
        fout: fout instanceof ApiError ? fout : new AanmeldFout(NIET_AFGEROND, { cause: fout }),
      });
    }
  }

  /** Sends the browser away to the OIDC provider; while that is under way, further requests join it. */
  #stuurDoor(omleiden: () => Promise<void>): Promise<void> {
    this.#omleiding ??= (async () => {
      this.#zet({ status: 'bezig' });
      try {
        await omleiden();
        // Only reached when the browser restores this page from its back/forward cache.
        this.#zet({ status: 'afgemeld' });
      } catch (oorzaak) {
        this.#zet({ status: 'afgemeld', fout: new AanmeldFout(NIET_GESTART, { cause: oorzaak }) });
      } finally {
        this.#omleiding = undefined;
      }
    })();
    return this.#omleiding;
  }

  #huidigeRoute(): string {
    const { pathname, search, hash } = this.#router.state.location;
    return `${pathname}${search}${hash}`;
  }

  #zet(aanmelding: Aanmelding): void {
    this.#aanmelding = aanmelding;
    for (const luisteraar of this.#luisteraars) luisteraar();
  }
}
