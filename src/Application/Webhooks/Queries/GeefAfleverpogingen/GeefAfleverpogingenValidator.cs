using FluentValidation;
using PassendOnderwijs.Application.Common.Lijsten;

namespace PassendOnderwijs.Application.Webhooks.Queries.GeefAfleverpogingen;

public sealed class GeefAfleverpogingenValidator : AbstractValidator<GeefAfleverpogingenQuery>
{
    public GeefAfleverpogingenValidator()
    {
        RuleFor(q => q.PageSize).MoetPaginagrootteZijn(100);
    }
}
