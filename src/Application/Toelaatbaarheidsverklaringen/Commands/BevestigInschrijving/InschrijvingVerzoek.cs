using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Beleid;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.BevestigInschrijving;

/// <summary>The day the pupil was enrolled.</summary>
public sealed record InschrijvingVerzoek([property: Required] DateOnly? IngeschrevenOp)
{
    public Result<DateOnly> Lees() =>
        Lezen.Vereist(IngeschrevenOp, Fout.Ongeldig("inschrijfdatum-vereist", "Geef de datum van de inschrijving.", "ingeschrevenOp"));
}
