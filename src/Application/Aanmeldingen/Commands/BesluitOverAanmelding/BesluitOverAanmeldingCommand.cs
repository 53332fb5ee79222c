using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Aanmeldingen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Aanmeldingen.Commands.BesluitOverAanmelding;

/// <summary>The school decides on the aanmelding: toegelaten, toegelaten op een andere school, niet toegelaten, or vol.</summary>
[AanmeldingStapToegang(AanmeldingStap.Besluit)]
[Audit(AuditActie.Wijzigen, AanmeldingAudit.Soort, Doel = AanmeldingAudit.Doel)]
public sealed record BesluitOverAanmeldingCommand(Guid AanmeldingId, long? VerwachteVersie, Result<BesluitInvoer> Invoer)
    : IInvoerCommand<BesluitInvoer, AanmeldingDto>, IVersieVoorwaarde;

/// <param name="Reden">Needed for every outcome but toegelaten.</param>
/// <param name="AndereSchool">For andere-school: the vestiging (of the samenwerkingsverband) that admits the pupil.</param>
/// <param name="AkkoordAndereSchoolOp">For andere-school: the day that school agreed.</param>
/// <param name="InOverlegMetOuders">For andere-school: the school was found in overleg with the ouders.</param>
public sealed record ToelatingsbesluitVerzoek(
    [property: Required, CodeUit<Toelatingsuitkomst>] string? Uitkomst,
    [property: Required] DateOnly? Besluitdatum,
    [property: MaxLength(Aanmeldingsbesluit.MaximaleLengteReden)] string? Reden,
    [property: RegularExpression(VestigingCode.Patroon)] string? AndereSchool,
    DateOnly? AkkoordAndereSchoolOp,
    bool? InOverlegMetOuders)
{
    public Result<BesluitInvoer> Lees() =>
        Lezen.Samen(
            ToelatingsuitkomstCodes.Lijst.Lees(Uitkomst, "uitkomst", "uitkomst"),
            Lezen.Vereist(Besluitdatum, Fout.Ongeldig("besluitdatum-vereist", "Geef de datum van het besluit.", "besluitdatum")),
            AndereSchool is null ? Result<VestigingCode?>.Gelukt(null) : VestigingCode.Parse(AndereSchool, "andereSchool").Dan(v => (VestigingCode?)v),
            (uitkomst, datum, andere) => new BesluitInvoer(uitkomst, datum, Reden, andere, AkkoordAndereSchoolOp, InOverlegMetOuders ?? false));
}

public sealed record BesluitInvoer(
    Toelatingsuitkomst Uitkomst, DateOnly Besluitdatum, string? Reden, VestigingCode? AndereSchool, DateOnly? AkkoordAndereSchoolOp, bool InOverlegMetOuders);
