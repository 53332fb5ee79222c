using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Api.Problemen;

/// <summary>What most endpoint handlers do: send the message and turn its outcome into HTTP (<see cref="ResultaatNaarHttp"/>).</summary>
internal static class Verzenden
{
    public static async Task<Results<Ok<T>, ProblemHttpResult>> StuurAsync<T>(
        this ISender sender, ICommand<Result<T>> command, HttpContext http, CancellationToken ct) =>
        (await sender.Send(command, ct).ConfigureAwait(false)).AlsAntwoord(http);

    public static async Task<Results<Ok<T>, ProblemHttpResult>> VraagAsync<T>(
        this ISender sender, IQuery<Result<T>> query, HttpContext http, CancellationToken ct) =>
        (await sender.Send(query, ct).ConfigureAwait(false)).AlsAntwoord(http);
}
