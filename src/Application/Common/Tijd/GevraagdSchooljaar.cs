using PassendOnderwijs.Domain.Schooljaren;

namespace PassendOnderwijs.Application.Common.Tijd;

internal static class GevraagdSchooljaar
{
    /// <summary>
    /// The leerjaar a query asks for, or the current Dutch one when it names none. Only for validated input: the
    /// validator has already refused a leerjaar that does not parse.
    /// </summary>
    public static Schooljaar Bepaal(string? leerjaar, TimeProvider klok) =>
        leerjaar is null ? Schooljaar.Op(NederlandseTijd.Vandaag(klok)) : Schooljaar.Parse(leerjaar).Waarde;
}
