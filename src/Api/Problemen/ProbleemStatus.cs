using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Api.Problemen;

/// <summary>The HTTP status of each kind of expected failure: one table for the answers and for the contract.</summary>
internal static class ProbleemStatus
{
    public static int Van(FoutSoort soort) => soort switch
    {
        FoutSoort.Ongeldig or FoutSoort.OngeldigToken => StatusCodes.Status400BadRequest,
        FoutSoort.NietGevonden => StatusCodes.Status404NotFound,
        FoutSoort.Conflict => StatusCodes.Status409Conflict,
        FoutSoort.RegelGeschonden => StatusCodes.Status422UnprocessableEntity,
        FoutSoort.NietAangemeld => StatusCodes.Status401Unauthorized,
        FoutSoort.Verboden => StatusCodes.Status403Forbidden,
        FoutSoort.VersieVereist => StatusCodes.Status428PreconditionRequired,
        FoutSoort.VersieVerouderd => StatusCodes.Status412PreconditionFailed,
        FoutSoort.Verlopen => StatusCodes.Status410Gone,
        _ => throw new ArgumentOutOfRangeException(nameof(soort), soort, "Unmapped FoutSoort."),
    };
}
