import { Alert, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation, useParams } from 'react-router-dom';
import { ApiError } from '../../api/problem';
import { definitionsApi } from '../api/definitionsApi';
import { useDesignerText } from '../i18n/designerText';
import { newDefinitionText } from '../model/definitionDocument';
import { DefinitionWorkspace } from './DefinitionWorkspace';

interface Loaded {
  text: string;
  hasDraft: boolean;
  published: boolean;
  retired: boolean;
}

const notFound = (error: unknown) => error instanceof ApiError && error.status === 404;

/** Loads what to edit: the working draft when there is one, else the latest published version,
 * else (a new matter) a starting text. */
export function DefinitionEditorPage() {
  const t = useDesignerText();
  const { id = '' } = useParams();
  const location = useLocation();
  const newName = (location.state as { newName?: string } | null)?.newName;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setLoaded(null);
    setFailure(null);
    (async () => {
      // The list (for the published and retired state), the draft and the published text are
      // asked for together: one round trip before the canvas can show anything, not two.
      const [list, draft, latest] = await Promise.all([
        definitionsApi.list(),
        definitionsApi.draft(id).catch((error: unknown) => {
          if (notFound(error)) return null;
          throw error;
        }),
        definitionsApi.publishedYaml(id).catch(() => null),
      ]);
      const summary = list.find((d) => d.id === id);
      const published = summary?.latestVersion != null;
      let text = draft?.yaml ?? null;
      const hasDraft = draft !== null;
      if (text === null && published) {
        // asked again when the first answer failed, so that a real failure is shown
        text = latest ?? (await definitionsApi.publishedYaml(id));
      }
      text ??= newDefinitionText(id, newName ?? id);
      if (live) setLoaded({ text, hasDraft, published, retired: summary?.retired ?? false });
    })().catch((error: Error) => live && setFailure(error.message));
    return () => {
      live = false;
    };
  }, [id, newName]);

  if (failure) return <Alert type="error" showIcon message={t('load.failed', { message: failure })} />;
  if (!loaded) return <Spin style={{ margin: 48 }} />;
  return <DefinitionWorkspace key={id} id={id} {...loaded} />;
}
