using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.WijsAdviseurAan;

/// <summary>Which advice (eerste or tweede) and which deskundige of the register (from GET /deskundigen).</summary>
public sealed record AdviseurVerzoek([property: Required, CodeUit<Adviesplek>] string? Plek, [property: Required] Guid? DeskundigeId)
{
    public Result<Adviesvraag> Lees() =>
        Lezen.Samen(
            AdviesplekCodes.Lijst.Lees(Plek, "plek", "adviesplek"),
            Lezen.Vereist(DeskundigeId, Fout.Ongeldig("deskundige-vereist", "Kies de deskundige uit het register.", "deskundigeId")),
            (plek, deskundige) => new Adviesvraag(plek, deskundige));
}

public sealed record Adviesvraag(Adviesplek Plek, Guid DeskundigeId);
