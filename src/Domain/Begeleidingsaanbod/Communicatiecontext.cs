using System.Text.RegularExpressions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Begeleidingsaanbod;

/// <summary>
/// How to reach an OBA in one context (RIO: ALGEMEEN, AANMELDEN, …): e-mail, telephone, website, a contact person
/// and an address. At least one way of reaching them is required.
/// </summary>
public sealed partial record Communicatiecontext
{
    public const int MaximaleLengte = 200;

    /// <summary>A context code's form (RIO: ALGEMEEN, AANMELDEN, …), for the contract; the domain matches the same with \z.</summary>
    public const string ContextPatroon = "^" + Contextvorm + "$";

    private const string Contextvorm = "[A-Z][A-Z_]{1,39}";

    private Communicatiecontext()
    {
        Context = string.Empty;
    }

    public string Context { get; private init; }

    public string? Email { get; private init; }

    public string? Telefoon { get; private init; }

    public string? Web { get; private init; }

    public string? Contactnaam { get; private init; }

    public string? Adres { get; private init; }

    public static Result<Communicatiecontext> Van(
        string? context, string? email, string? telefoon, string? web, string? contactnaam, string? adres, string veld)
    {
        var fouten = new List<Fout>();
        if (context is null || !Contextregel().IsMatch(context))
        {
            fouten.Add(Fout.Ongeldig("ongeldige-context", "Een context is een code in hoofdletters, zoals ALGEMEEN of AANMELDEN.", $"{veld}.context"));
        }

        if (email is not null && (email.Length > MaximaleLengte || !EmailPatroon().IsMatch(email)))
        {
            fouten.Add(Fout.Ongeldig("ongeldig-emailadres", "Geef een geldig e-mailadres op.", $"{veld}.email"));
        }

        if (telefoon is not null && !TelefoonPatroon().IsMatch(telefoon))
        {
            fouten.Add(Fout.Ongeldig("ongeldig-telefoonnummer", "Een telefoonnummer bestaat uit cijfers, spaties, streepjes en eventueel een + vooraan.", $"{veld}.telefoon"));
        }

        if (web is not null && (web.Length > MaximaleLengte || !Uri.TryCreate(web, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
        {
            fouten.Add(Fout.Ongeldig("ongeldige-website", "Een website is een volledige https-URL.", $"{veld}.web"));
        }

        foreach (var (waarde, naam) in new[] { (contactnaam, "contactnaam"), (adres, "adres") })
        {
            if (waarde is not null && (waarde.Trim().Length == 0 || waarde.Length > MaximaleLengte))
            {
                fouten.Add(Fout.Ongeldig("ongeldige-tekst", $"Hoogstens {MaximaleLengte} tekens, niet leeg.", $"{veld}.{naam}"));
            }
        }

        if (email is null && telefoon is null && web is null && adres is null)
        {
            fouten.Add(Fout.Ongeldig("bereikbaarheid-vereist", "Geef minstens een e-mailadres, telefoonnummer, website of adres op.", veld));
        }

        return fouten.Count > 0
            ? Result<Communicatiecontext>.Mislukt(fouten)
            : new Communicatiecontext { Context = context!, Email = email, Telefoon = telefoon, Web = web, Contactnaam = contactnaam?.Trim(), Adres = adres?.Trim() };
    }

    [GeneratedRegex("^" + Contextvorm + @"\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Contextregel();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex EmailPatroon();

    [GeneratedRegex(@"^\+?[0-9][0-9 \-]{5,19}\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex TelefoonPatroon();
}
