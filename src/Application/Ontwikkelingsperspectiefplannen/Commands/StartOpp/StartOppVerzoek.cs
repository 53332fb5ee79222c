using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.StartOpp;

/// <param name="Startdatum">The day extra support started or the pupil was enrolled: the six-week term runs from it.</param>
public sealed record StartOppVerzoek(
    [property: Required] Guid? LeerlingId,
    [property: Required, CodeUit<Aanleiding>] string? Aanleiding,
    [property: Required] DateOnly? Startdatum)
{
    public Result<StartOppInvoer> Lees() =>
        Lezen.Samen(
            Lezen.Vereist(LeerlingId, Fout.Ongeldig("leerling-vereist", "Kies de leerling voor wie het OPP is.", "leerlingId")),
            AanleidingCodes.Lijst.Lees(Aanleiding, "aanleiding", "aanleiding"),
            Lezen.Vereist(Startdatum, Fout.Ongeldig("startdatum-vereist", "Geef de datum waarop de extra ondersteuning begon of de leerling werd ingeschreven.", "startdatum")),
            (leerling, aanleiding, startdatum) => new StartOppInvoer(leerling, aanleiding, startdatum));
}

public sealed record StartOppInvoer(Guid LeerlingId, Aanleiding Aanleiding, DateOnly Startdatum);
