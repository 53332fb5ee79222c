using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.BevestigRodRegistratie;

/// <summary>The school confirms that the OPP's begin- or einddatum is registered in ROD (regular primary schools only).</summary>
[OppStapToegang(OppStap.RodRegistratie)]
[Audit(AuditActie.Wijzigen, OppAudit.Soort, Doel = OppAudit.Doel)]
public sealed record BevestigRodRegistratieCommand(Guid OppId, long? VerwachteVersie, Result<RodRegistratieInvoer> Invoer) : IInvoerCommand<RodRegistratieInvoer, OppDto>, IVersieVoorwaarde;

/// <param name="Onderdeel">Which date was registered: the begindatum or the einddatum.</param>
/// <param name="GeregistreerdOp">When the date was registered in ROD.</param>
public sealed record RodRegistratieVerzoek(
    [property: Required, CodeUit<RodOnderdeel>] string? Onderdeel,
    [property: Required] DateOnly? GeregistreerdOp)
{
    public Result<RodRegistratieInvoer> Lees() =>
        Lezen.Samen(
            RodOnderdeelCodes.Lijst.Lees(Onderdeel, "onderdeel", "ROD-onderdeel"),
            Lezen.Vereist(GeregistreerdOp, Fout.Ongeldig("datum-vereist", "Geef de datum van de registratie in ROD.", "geregistreerdOp")),
            (welke, op) => new RodRegistratieInvoer(welke, op));
}

public sealed record RodRegistratieInvoer(RodOnderdeel Onderdeel, DateOnly GeregistreerdOp);
