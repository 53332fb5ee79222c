using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Schooljaren;

namespace PassendOnderwijs.Application.Common.Tijd;

internal static class GevraagdSchooljaar
{
    /// <summary>
    /// The leerjaar a query asks for, or the current Dutch one when it names none. The query's validator has already
    /// refused a leerjaar that does not parse, with this same parse; a handler only takes the value.
    /// </summary>
    public static Result<Schooljaar> Lees(string? leerjaar, TimeProvider klok) =>
        leerjaar is null ? Schooljaar.Op(NederlandseTijd.Vandaag(klok)) : Schooljaar.Parse(leerjaar);
}
