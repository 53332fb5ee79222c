namespace PassendOnderwijs.Application.Common.Abstractions;

/// <summary>Stops every token issued to a subject (a user id) at once.</summary>
public interface ITokenIntrekking
{
    Task TrekInVoorOnderwerpAsync(string onderwerp, CancellationToken ct);
}
