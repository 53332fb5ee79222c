using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.LegInstemmingVast;

/// <summary>The school records the ouders' answer on the handelingsdeel of one exact version: instemming, or a refusal with the reason.</summary>
[OppStapToegang(OppStap.Instemming)]
[Audit(AuditActie.Wijzigen, OppAudit.Soort, Doel = OppAudit.Doel)]
public sealed record LegInstemmingVastCommand(Guid OppId, long? VerwachteVersie, Result<InstemmingInvoer> Invoer) : IInvoerCommand<InstemmingInvoer, OppDto>, IVersieVoorwaarde;

/// <param name="Versienummer">The version whose handelingsdeel the ouders saw: the answer belongs to exactly that text.</param>
/// <param name="Gegeven">Whether the ouders consent; a refusal needs their reason.</param>
/// <param name="Ouder">The parent or carer who answered.</param>
public sealed record InstemmingVerzoek(
    [property: Required] int? Versienummer,
    [property: Required] bool? Gegeven,
    [property: Required] DateOnly? Datum,
    [property: Required, MaxLength(OppInstemming.MaximaleLengteOuder)] string? Ouder,
    [property: Required, CodeUit<Instemmingswijze>] string? Wijze,
    [property: MaxLength(OppInstemming.MaximaleLengteReden)] string? Reden)
{
    public Result<InstemmingInvoer> Lees() =>
        Lezen.Samen(
            Lezen.Vereist(Versienummer, Fout.Ongeldig("versienummer-vereist", "Noem de versie waarop de ouders antwoordden.", "versienummer")),
            Lezen.Vereist(Gegeven, Fout.Ongeldig("antwoord-vereist", "Geef aan of de ouders instemmen of weigeren.", "gegeven")),
            Lezen.Vereist(Datum, Fout.Ongeldig("datum-vereist", "Geef de datum van het antwoord van de ouders.", "datum")),
            InstemmingswijzeCodes.Lijst.Lees(Wijze, "wijze", "wijze van instemming"),
            (versie, gegeven, datum, wijze) => new InstemmingInvoer(versie, gegeven, datum, Ouder, wijze, Reden));
}

public sealed record InstemmingInvoer(int Versienummer, bool Gegeven, DateOnly Datum, string? Ouder, Instemmingswijze Wijze, string? Reden);
