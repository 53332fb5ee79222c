using FluentValidation;
using Mediator;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Common.Behaviours;

/// <summary>
/// Runs every FluentValidation validator of a message before its handler, adds what the use case's reader found when
/// the command was made (<see cref="IGelezenInvoer"/>), and answers with all field errors at once, as a failed Result
/// (invalid input is an expected outcome, not an exception).
/// </summary>
public sealed class ValidatieBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var fouten = new List<Fout>();
        foreach (var validator in validators)
        {
            var uitkomst = await validator.ValidateAsync(message, cancellationToken).ConfigureAwait(false);
            fouten.AddRange(uitkomst.Errors.Select(e => Fout.Ongeldig(
                e.ErrorCode,
                e.ErrorMessage,
                string.IsNullOrEmpty(e.PropertyName) ? null : VeldNaam.AlsCamelCase(e.PropertyName))));
        }

        if (message is IGelezenInvoer gelezen)
        {
            fouten.AddRange(gelezen.Invoerfouten);
        }

        return fouten.Count > 0
            ? Resultaat<TResponse>.MetFouten(fouten)
            : await next(message, cancellationToken).ConfigureAwait(false);
    }
}
