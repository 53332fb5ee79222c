using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Common.Tijd;

/// <summary>Dates in the domain (a schooljaar, a deadline) are Dutch calendar dates, whatever the server's zone.</summary>
public static class NederlandseTijd
{
    public static DateOnly Vandaag(TimeProvider klok)
    {
        ArgumentNullException.ThrowIfNull(klok);
        return NederlandseDatum.Van(klok.GetUtcNow());
    }
}
