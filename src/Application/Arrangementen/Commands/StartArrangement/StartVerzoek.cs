using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Commands.StartArrangement;

/// <summary>The request body; its attributes write the rules into the contract, <see cref="Lees"/> applies them.</summary>
public sealed record StartVerzoek([property: Required] DateOnly? Startdatum)
{
    public Result<DateOnly> Lees() =>
        Lezen.Vereist(Startdatum, Fout.Ongeldig("startdatum-vereist", "Geef de datum waarop het arrangement start.", "startdatum"));
}
