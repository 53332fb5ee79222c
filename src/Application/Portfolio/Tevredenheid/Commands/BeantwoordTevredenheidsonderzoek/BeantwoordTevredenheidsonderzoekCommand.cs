using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Portfolio.Tevredenheid;

namespace PassendOnderwijs.Application.Portfolio.Tevredenheid.Commands.BeantwoordTevredenheidsonderzoek;

/// <summary>The school that received the expert answers the onderzoek, once, based on the version it saw.</summary>
[Toegang(Rollen = [Rol.SchoolMedewerker])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Wijzigen, "tevredenheidsonderzoek", Doel = "Het tevredenheidsonderzoek na de inzet van een expert")]
public sealed record BeantwoordTevredenheidsonderzoekCommand(Guid Id, long? VerwachteVersie, Result<Tevredenheidsantwoord> Invoer)
    : IInvoerCommand<Tevredenheidsantwoord, TevredenheidsonderzoekDto>, IVersieVoorwaarde, IAuditBron
{
    public string? AuditResourceId => Id.ToString();
}

public sealed record Tevredenheidsantwoord(IReadOnlyDictionary<Tevredenheidsvraag, int?> Scores, string? Toelichting);

/// <summary>A score from 1 (zeer ontevreden) to 5 (zeer tevreden) on each question, and an optional open answer.</summary>
/// <param name="Toelichting">What the school wants to add, in its own words.</param>
public sealed record TevredenheidsantwoordVerzoek(
    [property: Required] TevredenheidsscoresVerzoek? Scores,
    [property: MaxLength(Tevredenheidsonderzoek.MaximaleLengteToelichting)] string? Toelichting)
{
    public Result<Tevredenheidsantwoord> Lees()
    {
        var scores = new Dictionary<Tevredenheidsvraag, int?>
        {
            [Tevredenheidsvraag.Werkwijze] = Scores?.Werkwijze,
            [Tevredenheidsvraag.Bijdrage] = Scores?.Bijdrage,
            [Tevredenheidsvraag.Bereikbaarheid] = Scores?.Bereikbaarheid,
            [Tevredenheidsvraag.Communicatie] = Scores?.Communicatie,
            [Tevredenheidsvraag.Snelheid] = Scores?.Snelheid,
        };
        var fouten = Tevredenheidsonderzoek.Controleer(scores, Toelichting);
        return fouten.Count > 0 ? Result<Tevredenheidsantwoord>.Mislukt(fouten) : new Tevredenheidsantwoord(scores, Toelichting);
    }
}

/// <param name="Werkwijze">De werkwijze van de expert.</param>
/// <param name="Bijdrage">Wat de expert heeft bijgedragen.</param>
/// <param name="Bereikbaarheid">De bereikbaarheid van de expert.</param>
/// <param name="Communicatie">De communicatie met de expert.</param>
/// <param name="Snelheid">Hoe snel de expert werd ingezet.</param>
public sealed record TevredenheidsscoresVerzoek(
    [property: Required, Range(Tevredenheidsonderzoek.LaagsteScore, Tevredenheidsonderzoek.HoogsteScore)] int? Werkwijze,
    [property: Required, Range(Tevredenheidsonderzoek.LaagsteScore, Tevredenheidsonderzoek.HoogsteScore)] int? Bijdrage,
    [property: Required, Range(Tevredenheidsonderzoek.LaagsteScore, Tevredenheidsonderzoek.HoogsteScore)] int? Bereikbaarheid,
    [property: Required, Range(Tevredenheidsonderzoek.LaagsteScore, Tevredenheidsonderzoek.HoogsteScore)] int? Communicatie,
    [property: Required, Range(Tevredenheidsonderzoek.LaagsteScore, Tevredenheidsonderzoek.HoogsteScore)] int? Snelheid);
