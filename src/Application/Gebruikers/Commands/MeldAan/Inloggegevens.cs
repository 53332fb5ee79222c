using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers.Commands.MeldAan;

/// <summary>
/// The sign-in form read: an address and a password, both given and of a size worth checking. Whether the address is
/// well-formed is not asked here: a malformed one simply has no account, and gets the same answer as a wrong password.
/// </summary>
public sealed record Inloggegevens(string Email, string Wachtwoord)
{
    /// <summary>Bounds the work of hashing: a megabyte "password" must not cost a megabyte of PBKDF2.</summary>
    public const int MaximaleLengteWachtwoord = 256;

    /// <summary>The form's fields as sent (the /inloggen page); every problem at once.</summary>
    public static Result<Inloggegevens> Lees(string? email, string? wachtwoord) =>
        Common.Invoer.Lezen.Samen(
            LeesTekst(email, EmailAdres.MaximaleLengte,
                Fout.Ongeldig("emailadres-vereist", "Vul uw e-mailadres in.", "email"),
                Fout.Ongeldig("ongeldig-emailadres", "Dit e-mailadres is te lang.", "email")),
            LeesTekst(wachtwoord, MaximaleLengteWachtwoord,
                Fout.Ongeldig("wachtwoord-vereist", "Vul uw wachtwoord in.", "wachtwoord"),
                Fout.Ongeldig("ongeldig-wachtwoord", "Dit wachtwoord is te lang.", "wachtwoord")),
            (e, w) => new Inloggegevens(e, w));

    private static Result<string> LeesTekst(string? tekst, int maximaleLengte, Fout leeg, Fout teLang) =>
        string.IsNullOrWhiteSpace(tekst) ? leeg : tekst.Length > maximaleLengte ? teLang : tekst;
}
