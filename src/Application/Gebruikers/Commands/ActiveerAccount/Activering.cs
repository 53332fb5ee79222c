using PassendOnderwijs.Application.Gebruikers.Commands.MeldAan;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers.Commands.ActiveerAccount;

/// <summary>The activation form read: a code and a password that meets the rules and was typed the same twice.</summary>
public sealed record Activering(string Activatiecode, string Wachtwoord)
{
    public const int MaximaleLengteActivatiecode = 100;

    /// <summary>The form's fields as sent (the /activeren page); every problem at once.</summary>
    public static Result<Activering> Lees(string? activatiecode, string? wachtwoord, string? herhaling) =>
        Common.Invoer.Lezen.Samen(LeesCode(activatiecode), LeesWachtwoord(wachtwoord, herhaling), (code, w) => new Activering(code, w));

    private static Result<string> LeesCode(string? activatiecode) =>
        string.IsNullOrWhiteSpace(activatiecode) || activatiecode.Length > MaximaleLengteActivatiecode
            ? Fout.Ongeldig("activatiecode-vereist", "Deze pagina hoort bij een activeringscode; gebruik de link van uw beheerder.", "activatiecode")
            : activatiecode;

    private static Result<string> LeesWachtwoord(string? wachtwoord, string? herhaling)
    {
        var fouten = new List<Fout>();
        if ((wachtwoord?.Length ?? 0) < Gebruiker.MinimaleLengteWachtwoord)
        {
            fouten.Add(Fout.Ongeldig(
                "wachtwoord-te-kort", $"Kies een wachtwoord van minstens {Gebruiker.MinimaleLengteWachtwoord} tekens.", "wachtwoord"));
        }
        else if (wachtwoord?.Length > Inloggegevens.MaximaleLengteWachtwoord)
        {
            fouten.Add(Fout.Ongeldig("wachtwoord-te-lang", "Dit wachtwoord is te lang.", "wachtwoord"));
        }

        if (herhaling != wachtwoord)
        {
            fouten.Add(Fout.Ongeldig("wachtwoorden-verschillen", "De twee wachtwoorden zijn niet gelijk.", "herhaling"));
        }

        return fouten.Count > 0 || wachtwoord is null ? Result<string>.Mislukt(fouten) : wachtwoord;
    }
}
