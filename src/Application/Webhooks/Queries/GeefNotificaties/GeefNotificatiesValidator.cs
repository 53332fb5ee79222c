using FluentValidation;
using PassendOnderwijs.Application.Common.Lijsten;
using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Webhooks.Queries.GeefNotificaties;

public sealed class GeefNotificatiesValidator : AbstractValidator<GeefNotificatiesQuery>
{
    public GeefNotificatiesValidator()
    {
        RuleFor(q => q.PageSize).MoetPaginagrootteZijn(Syncfeed.MaximalePageSize);
    }
}
