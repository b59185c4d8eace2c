import { useMutation, useQuery } from '@apollo/client/react';
import type { FieldError } from '@tsifra/domain/errors';
import { REGIONS } from '@tsifra/domain/regions';
import { ROLES, type Role } from '@tsifra/domain/roles';
import { validatePassword, validateUser } from '@tsifra/domain/users';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { currentLanguage } from '../../../app/i18n';
import { graphql, useFragment as unmask } from '../../../gql';
import type { UserRow_UserFragment } from '../../../gql/graphql';
import { BusyButton } from '../../../shared/ui/BusyButton';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { Loading } from '../../../shared/Loading';
import { PAGE_SIZE, usePager } from '../../../shared/pagination';
import { ShowMore } from '../../../shared/ShowMore';
import { FieldErrors } from '../../../shared/ui/FieldErrors';
import { classifyError } from '../../../shared/forms/writeResult';

export const UserRow_user = graphql(`
  fragment UserRow_user on User {
    id
    email
    name
    role
    active
    region {
      id
      code
    }
  }
`);

export const UsersRouteQuery = graphql(`
  query UsersRouteQuery($first: Int!, $after: String) {
    me {
      id
      role
    }
    users(first: $first, after: $after) {
      id
      cursor
      ...UserRow_user
    }
  }
`);

const CreateUserMutation = graphql(`
  mutation CreateUserMutation($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      ...UserRow_user
    }
  }
`);

const UpdateUserMutation = graphql(`
  mutation UpdateUserMutation($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      ...UserRow_user
    }
  }
`);

type UserRow = UserRow_UserFragment;

function RegionSelect({
  id,
  value,
  onChange,
  invalid,
  describedBy,
}: {
  id: string;
  value: string;
  onChange(v: string): void;
  invalid?: boolean;
  describedBy?: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <select
      id={id}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
    >
      <option value="">{t('admin.noRegion')}</option>
      {REGIONS.map((r) => (
        <option key={r.code} value={r.code}>
          {lang === 'en' ? r.nameEn : r.name} ({r.code})
        </option>
      ))}
    </select>
  );
}

/** `/admin/users`: every user; an administrator creates users, changes role and region, deactivates. */
export function UsersRoute() {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(UsersRouteQuery, {
    variables: { first: PAGE_SIZE },
    errorPolicy: 'all',
  });
  const pager = usePager(data?.users, async (after) => (await fetchMore({ variables: { after } })).data?.users ?? []);
  if (loading && !data) return <Loading />;
  const isAdmin = data?.me?.role === 'ADMIN';
  return (
    <section aria-labelledby="users-title">
      <h1 id="users-title">{t('admin.title')}</h1>
      {!isAdmin ? (
        <p role="alert" className="notice">
          {t('admin.onlyAdmins')}
        </p>
      ) : (
        <>
          {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
          <CreateUserForm onCreated={() => void refetch()} />
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">{t('admin.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.name')}</th>
                  <th scope="col">{t('admin.email')}</th>
                  <th scope="col">{t('admin.role')}</th>
                  <th scope="col">{t('admin.region')}</th>
                  <th scope="col">{t('admin.state')}</th>
                  <th scope="col">{t('admin.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {data?.users.map((user) => (
                  <UserRowView key={user.id} user={unmask(UserRow_user, user)} self={user.id === data.me?.id} />
                ))}
              </tbody>
            </table>
          </div>
          <ShowMore pager={pager} />
        </>
      )}
    </section>
  );
}

function UserRowView({ user, self }: { user: UserRow; self: boolean }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(user.role);
  const [region, setRegion] = useState(user.region?.code ?? '');
  const [update, { loading }] = useMutation(UpdateUserMutation);
  const [problem, setProblem] = useState<{ errors?: FieldError[]; error?: unknown } | null>(null);
  const errors = validateUser({ email: user.email, name: user.name, role, regionCode: region || null }).filter(
    (e) => e.field === 'regionCode',
  );
  const changed = role !== user.role || region !== (user.region?.code ?? '');

  async function save(input: { role?: Role; regionCode?: string | null; active?: boolean }) {
    setProblem(null);
    try {
      await update({ variables: { id: user.id, input } });
    } catch (error) {
      const c = classifyError(error);
      setProblem(
        c.kind === 'invalid'
          ? { errors: c.errors.map((e) => ({ ...e, field: e.field.replace(/^input\./, '') })) }
          : { error },
      );
    }
  }
  const regionErrors = [...errors, ...(problem?.errors ?? [])].filter(
    (e) => e.field === 'regionCode' || e.field === '',
  );

  return (
    <tr>
      <th scope="row">{user.name}</th>
      <td>{user.email}</td>
      <td>
        <label className="visually-hidden" htmlFor={`role-${user.id}`}>
          {t('admin.roleOf', { name: user.name })}
        </label>
        <select id={`role-${user.id}`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`auth.role.${r}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`region-${user.id}`}>
          {t('admin.regionOf', { name: user.name })}
        </label>
        <RegionSelect
          id={`region-${user.id}`}
          value={region}
          onChange={setRegion}
          invalid={regionErrors.length > 0}
          describedBy={regionErrors.length ? `region-${user.id}-errors` : undefined}
        />
        <FieldErrors id={`region-${user.id}-errors`} errors={regionErrors} />
      </td>
      <td>{user.active ? t('admin.active') : t('admin.inactive')}</td>
      <td>
        <div className="toolbar">
          <BusyButton
            type="button"
            className="button button--small"
            busy={loading}
            busyLabel={t('editor.saving')}
            disabled={!changed || errors.length > 0}
            onClick={() => void save({ role, regionCode: role === 'REGIONAL_EDITOR' ? region || null : null })}
          >
            {t('admin.save')}
            <span className="visually-hidden"> {user.name}</span>
          </BusyButton>
          {!self && (
            <button
              type="button"
              className={`button button--small ${user.active ? 'button--danger' : 'button--secondary'}`}
              disabled={loading}
              onClick={() => void save({ active: !user.active })}
            >
              {user.active ? t('admin.deactivate') : t('admin.activate')}
              <span className="visually-hidden"> {user.name}</span>
            </button>
          )}
        </div>
        {problem?.error !== undefined && <ErrorNotice kind="save" error={problem.error} />}
      </td>
    </tr>
  );
}

function CreateUserForm({ onCreated }: { onCreated(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({
    email: '',
    name: '',
    role: 'REGIONAL_EDITOR' as Role,
    regionCode: '',
    password: '',
  });
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateUserMutation);
  const input = {
    email: draft.email.trim(),
    name: draft.name.trim(),
    role: draft.role,
    regionCode: draft.role === 'REGIONAL_EDITOR' ? draft.regionCode || null : null,
    password: draft.password,
  };
  const clientErrors = [...validateUser(input), ...validatePassword(draft.password)];
  const errorsOf = (field: string) =>
    [...(submitted ? clientErrors : []), ...serverErrors].filter((e) => e.field === field);
  const set = (field: keyof typeof draft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setServerErrors((prev) => prev.filter((e) => e.field !== field));
  };
  const control = (field: string) => ({
    id: `new-user-${field}`,
    'aria-invalid': errorsOf(field).length > 0 || undefined,
    'aria-describedby': errorsOf(field).length > 0 ? `new-user-${field}-errors` : undefined,
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    setCreated(null);
    if (clientErrors.length > 0) {
      document.getElementById(`new-user-${clientErrors[0]!.field}`)?.focus();
      return;
    }
    try {
      const result = await create({ variables: { input } });
      setCreated(result.data?.createUser ? unmask(UserRow_user, result.data.createUser).email : input.email);
      setDraft({ email: '', name: '', role: draft.role, regionCode: '', password: '' });
      setSubmitted(false);
      onCreated();
    } catch (error) {
      const c = classifyError(error);
      if (c.kind === 'invalid')
        setServerErrors(c.errors.map((e) => ({ ...e, field: e.field.replace(/^input\./, '') })));
      else setFailure(error);
    }
  }

  return (
    <form className="goal-form" aria-labelledby="new-user-title" onSubmit={(e) => void onSubmit(e)} noValidate>
      <h2 id="new-user-title" className="goal-form__title">
        {t('admin.create')}
      </h2>
      <div className="form-grid">
        {(['email', 'name'] as const).map((field) => (
          <div className="field" key={field}>
            <label htmlFor={`new-user-${field}`}>{t(`admin.${field}`)}</label>
            <input
              {...control(field)}
              type={field === 'email' ? 'email' : 'text'}
              value={draft[field]}
              onChange={(e) => set(field, e.target.value)}
            />
            <FieldErrors id={`new-user-${field}-errors`} errors={errorsOf(field)} />
          </div>
        ))}
        <div className="field">
          <label htmlFor="new-user-role">{t('admin.role')}</label>
          <select {...control('role')} value={draft.role} onChange={(e) => set('role', e.target.value)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`auth.role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        {draft.role === 'REGIONAL_EDITOR' && (
          <div className="field">
            <label htmlFor="new-user-regionCode">{t('admin.region')}</label>
            <RegionSelect
              id="new-user-regionCode"
              value={draft.regionCode}
              onChange={(v) => set('regionCode', v)}
              invalid={errorsOf('regionCode').length > 0}
              describedBy={errorsOf('regionCode').length ? 'new-user-regionCode-errors' : undefined}
            />
            <FieldErrors id="new-user-regionCode-errors" errors={errorsOf('regionCode')} />
          </div>
        )}
        <div className="field">
          <label htmlFor="new-user-password">{t('admin.password')}</label>
          <input
            {...control('password')}
            type="password"
            autoComplete="new-password"
            value={draft.password}
            onChange={(e) => set('password', e.target.value)}
          />
          <FieldErrors id="new-user-password-errors" errors={errorsOf('password')} />
        </div>
      </div>
      {failure !== null && <ErrorNotice kind="save" error={failure} />}
      <div role="status">{created && <p className="notice">{t('admin.created', { email: created })}</p>}</div>
      <div className="actions">
        <BusyButton type="submit" busy={loading} busyLabel={t('editor.saving')}>
          {t('admin.createButton')}
        </BusyButton>
      </div>
    </form>
  );
}
