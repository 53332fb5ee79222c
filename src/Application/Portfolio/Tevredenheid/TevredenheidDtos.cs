using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Tevredenheid;

namespace PassendOnderwijs.Application.Portfolio.Tevredenheid;

/// <summary>
/// A tevredenheidsonderzoek after an expert inzet. No pupil: it is about the expert's work. The scores and the open
/// answer are only in it for the manager ondersteuning; the school that answered sees that it did, not what it said.
/// </summary>
/// <param name="Beantwoord">Whether the school has answered; an answer does not change.</param>
/// <param name="Scores">Per question (werkwijze, bijdrage, bereikbaarheid, communicatie, snelheid) the score from 1 to 5; only for the manager ondersteuning.</param>
/// <param name="Toelichting">The school's open answer; only for the manager ondersteuning.</param>
/// <param name="Versie">Send it in If-Match with the answer.</param>
public sealed record TevredenheidsonderzoekDto(
    Guid Id,
    Guid ExpertinzetId,
    string ExpertNaam,
    [property: CodeUit<Expertisegebied>] string Expertisegebied,
    string Vestiging,
    string Regio,
    DateTimeOffset VerstuurdOp,
    bool Beantwoord,
    DateTimeOffset? BeantwoordOp,
    IReadOnlyDictionary<string, int>? Scores,
    string? Toelichting,
    long Versie) : IGeversioneerd
{
    internal static TevredenheidsonderzoekDto Van(Tevredenheidsonderzoek o, IHuidigeGebruiker aanroeper)
    {
        var antwoorden = TevredenheidLezen.LeestAntwoorden(aanroeper) && o.IsBeantwoord;
        return new(
            o.Id,
            o.ExpertinzetId,
            o.ExpertNaam,
            ExpertisegebiedCodes.Lijst.Code(o.Expertisegebied),
            o.Vestiging.Waarde,
            o.Regio,
            o.VerstuurdOp,
            o.IsBeantwoord,
            o.BeantwoordOp,
            antwoorden ? o.Scores.ToDictionary(s => TevredenheidsvraagCodes.Lijst.Code(s.Key), s => s.Value) : null,
            antwoorden ? o.Toelichting : null,
            o.Versie);
    }
}

public sealed record TevredenheidsonderzoekenDto(IReadOnlyList<TevredenheidsonderzoekDto> Onderzoeken);

/// <summary>The average scores of one group; without averages when the group is too small to show (see <c>onderdrukt</c>).</summary>
/// <param name="Aantal">The number of answered onderzoeken in the group.</param>
/// <param name="Onderdrukt">True when fewer than 5 schools answered: the averages would come close to one school's answer.</param>
/// <param name="Gemiddelden">Per question the average score to one decimal; absent when onderdrukt.</param>
public sealed record TevredenheidsgroepDto(
    string Sleutel, string Naam, int Aantal, bool Onderdrukt, IReadOnlyDictionary<string, decimal>? Gemiddelden);

/// <summary>
/// The results of one school year (by the day the onderzoek was sent): per expert, per expertisegebied (sleutel: its
/// code) and per regio.
/// </summary>
/// <param name="Vragen">The questions in the order of the onderzoek; the keys of every group's gemiddelden.</param>
public sealed record TevredenheidsuitslagDto(
    string Schooljaar,
    [property: CodeUit<Tevredenheidsvraag>] IReadOnlyList<string> Vragen,
    int Verstuurd,
    int Beantwoord,
    IReadOnlyList<TevredenheidsgroepDto> PerExpert,
    IReadOnlyList<TevredenheidsgroepDto> PerExpertisegebied,
    IReadOnlyList<TevredenheidsgroepDto> PerRegio);

internal static class TevredenheidLezen
{
    /// <summary>Only the manager ondersteuning reads individual answers (and averages of small groups).</summary>
    public static bool LeestAntwoorden(IHuidigeGebruiker aanroeper) =>
        aanroeper.PersoonlijkeRollen().Contains(Rol.SwvMedewerker) && aanroeper.PersoonlijkeFuncties().Contains(Functie.ManagerOndersteuning);

    /// <summary>The domain's groups as the contract shows them, named and in alphabetical order.</summary>
    public static List<TevredenheidsgroepDto> Groepen<TSleutel>(
        IEnumerable<Tevredenheidsonderzoek> onderzoeken, Func<Tevredenheidsonderzoek, TSleutel> sleutel, bool alles, int drempel,
        Func<TSleutel, (string Sleutel, string Naam)> naam)
        where TSleutel : notnull =>
        [.. Tevredenheidsuitslag.Groepeer(onderzoeken, sleutel, alles, drempel)
            .Select(g =>
            {
                var (code, tekst) = naam(g.Sleutel);
                return new TevredenheidsgroepDto(
                    code,
                    tekst,
                    g.Aantal,
                    g.Gemiddelden is null,
                    g.Gemiddelden?.ToDictionary(s => TevredenheidsvraagCodes.Lijst.Code(s.Key), s => s.Value));
            })
            .OrderBy(g => g.Naam, StringComparer.OrdinalIgnoreCase)];
}

internal static class TevredenheidFouten
{
    public static Domain.Common.Fout Onbekend =>
        Domain.Common.Fout.NietGevonden("tevredenheidsonderzoek-onbekend", "Er is geen tevredenheidsonderzoek met dit id dat u mag zien.");
}
