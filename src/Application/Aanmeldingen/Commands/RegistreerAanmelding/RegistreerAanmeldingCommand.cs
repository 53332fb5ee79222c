using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Aanmeldingen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Schooljaren;

namespace PassendOnderwijs.Application.Aanmeldingen.Commands.RegistreerAanmelding;

/// <summary>The school registers a written aanmelding of a pupil at one of its own vestigingen; the zorgplicht starts.</summary>
[Toegang(Rollen = [Rol.SchoolMedewerker])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Aanmaken, AanmeldingAudit.Soort, Doel = AanmeldingAudit.Doel)]
public sealed record RegistreerAanmeldingCommand(Result<AanmeldingInvoer> Invoer) : IInvoerCommand<AanmeldingInvoer, AanmeldingDto>;

/// <param name="Vestiging">The school (vestiging) the aanmelding was made at: one of the caller's own.</param>
/// <param name="OntvangenOp">The day the written aanmelding came in: the term runs from the next day.</param>
/// <param name="OuderVerwachtExtraOndersteuning">The ouders expect their child to need extra support.</param>
/// <param name="Schooljaar">The school year the pupil would start in, written "2026-2027".</param>
public sealed record AanmeldingVerzoek(
    [property: Required] Guid? LeerlingId,
    [property: Required, RegularExpression(VestigingCode.Patroon)] string? Vestiging,
    [property: Required] DateOnly? OntvangenOp,
    [property: Required] bool? OuderVerwachtExtraOndersteuning,
    [property: Required] DateOnly? GewensteStartdatum,
    [property: Required] string? Schooljaar)
{
    public Result<AanmeldingInvoer> Lees() =>
        Lezen.Samen(
            Lezen.Vereist(LeerlingId, Fout.Ongeldig("leerling-vereist", "Kies de leerling die is aangemeld.", "leerlingId")),
            VestigingCode.Parse(Vestiging, "vestiging"),
            Lezen.Vereist(OntvangenOp, Fout.Ongeldig("ontvangen-vereist", "Geef de datum waarop de schriftelijke aanmelding binnenkwam.", "ontvangenOp")),
            Lezen.Vereist(OuderVerwachtExtraOndersteuning, Fout.Ongeldig("verwachting-vereist", "Geef aan of de ouders verwachten dat hun kind extra ondersteuning nodig heeft.", "ouderVerwachtExtraOndersteuning")),
            Lezen.Vereist(GewensteStartdatum, Fout.Ongeldig("startdatum-vereist", "Geef de gewenste startdatum.", "gewensteStartdatum")),
            Domain.Schooljaren.Schooljaar.Parse(Schooljaar, "schooljaar"),
            (leerling, vestiging, ontvangen, extra, start, jaar) => new AanmeldingInvoer(leerling, vestiging, new Aanmeldinggegevens(ontvangen, extra, start, jaar)));
}

public sealed record AanmeldingInvoer(Guid LeerlingId, VestigingCode Vestiging, Aanmeldinggegevens Gegevens);
