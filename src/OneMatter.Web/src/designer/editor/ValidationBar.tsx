import { CheckCircleOutlined, CloseCircleOutlined, LoadingOutlined, WarningOutlined } from '@ant-design/icons';
import type { DefinitionError } from '../api/definitionTypes';
import { useDesignerText } from '../i18n/designerText';
import type { YamlProblem } from '../model/definitionDocument';
import { nodeAtLine, type NodeRange } from '../model/yamlRanges';
import type { LiveValidation } from './useLiveValidation';

interface ValidationBarProps {
  validation: LiveValidation;
  syntax: YamlProblem[];
  ranges: NodeRange[];
  onPick: (error: DefinitionError, node: string | undefined) => void;
}

/** The live check under the canvas: status, then every error with its line; picking one selects
 * its node and shows the line in the YAML view. */
export function ValidationBar({ validation, syntax, ranges, onPick }: ValidationBarProps) {
  const t = useDesignerText();
  const errors = validation.errors;
  let status;
  if (validation.checking) status = <span><LoadingOutlined /> {t('validation.checking')}</span>;
  else if (validation.failure) status = <span className="om-warn"><WarningOutlined /> {t('validation.offline', { message: validation.failure })}</span>;
  else if (errors.length === 0) status = <span className="om-ok"><CheckCircleOutlined /> {t('validation.valid')}</span>;
  else status = <span className="om-err"><CloseCircleOutlined /> {t('validation.errors', { count: errors.length })}</span>;
  return (
    <div className="om-validation" data-testid="validation">
      <div className="om-validation__status">
        {t('validation.title')}: {status}
        {syntax.length > 0 && <span className="om-err"> · {t('validation.syntax')}</span>}
      </div>
      {errors.length > 0 && (
        <ul className="om-validation__list">
          {errors.map((e, i) => {
            const node = nodeAtLine(ranges, e.line);
            return (
              <li key={i} onClick={() => onPick(e, node)}>
                <span className="om-validation__line">{t('validation.line', { line: e.line })}</span>
                {node && <code>{node}</code>} {e.message}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
