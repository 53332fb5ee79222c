using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.WijzigContactgegevens;

/// <summary>The request body; its attributes write the rules into the contract.</summary>
public sealed record ContactgegevensVerzoek(
    [property: Required, MinLength(1), MaxLength(CommunicatiecontextInvoer.Maximum)] IReadOnlyList<CommunicatiecontextInvoer?>? Communicatiecontexten)
{
    /// <summary>
    /// The aanbieder's code must be valid to go on. The contexts are read here but judged by the aggregate, after the
    /// caller proved they may change this aanbieder and named its current version (403, 412 and 428 before 400).
    /// </summary>
    public Result<Contactgegevens> Lees(string? code) =>
        ObaCode.Parse(code).Dan(aanbieder => new Contactgegevens(aanbieder, CommunicatiecontextInvoer.LeesAlle(Communicatiecontexten)));
}

/// <summary>Which aanbieder, and its new contexts as read (the aggregate reports those that could not be).</summary>
public sealed record Contactgegevens(ObaCode Code, IReadOnlyList<Result<Communicatiecontext>> Communicatiecontexten);
