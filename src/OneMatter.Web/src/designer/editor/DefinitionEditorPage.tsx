import { Alert, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation, useParams } from 'react-router-dom';
import { openingOf } from '../api/openingTexts';
import { useDesignerText } from '../i18n/designerText';
import type { Definition } from '../model/definitionTypes';
import { newDefinitionText } from '../model/definitionDocument';
import { DefinitionWorkspace } from './DefinitionWorkspace';

interface Loaded {
  text: string;
  definition: Definition | null;
  hasDraft: boolean;
  published: boolean;
  retired: boolean;
}

/** Loads what to edit: the working draft when there is one, else the latest published version
 * (with its data as JSON, so the canvas draws before the YAML is parsed), else (a new matter) a
 * starting text. */
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
    openingOf(id)
      .then(({ text, definition, hasDraft, published, retired }) => {
        if (live) setLoaded({ text: text ?? newDefinitionText(id, newName ?? id), definition, hasDraft, published, retired });
      })
      .catch((error: Error) => live && setFailure(error.message));
    return () => {
      live = false;
    };
  }, [id, newName]);

  if (failure) return <Alert type="error" showIcon message={t('load.failed', { message: failure })} />;
  if (!loaded) return <Spin style={{ margin: 48 }} />;
  return <DefinitionWorkspace key={id} id={id} {...loaded} />;
}
