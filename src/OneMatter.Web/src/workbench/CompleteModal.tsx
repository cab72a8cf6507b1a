import { Form, Input, Modal, Radio } from 'antd';
import type { TaskDetail } from '../api/types';
import { tasks } from '../api/endpoints';
import GeneratedForm from '../forms/GeneratedForm';
import { useI18n } from '../i18n/useI18n';

interface Props { task: TaskDetail; open: boolean; onClose: () => void; onDone: () => void }

/** Completing the task: an outcome of its node, the node's fields (generated like the
 * application form) and a comment. The outcomes (two or three a node) are buttons in the dialog
 * itself: one click picks one. A dropdown's options live in a popup outside the dialog, placed
 * and animated on their own while the dialog is still settling, where a click could land beside
 * the option it aimed at and pick nothing. */
export default function CompleteModal({ task, open, onClose, onDone }: Props) {
  const { t, pick } = useI18n();
  const outcomeLabel = t('task.outcome');
  return (
    <Modal title={t('task.complete')} open={open} onCancel={onClose} footer={null} destroyOnHidden width={640}>
      <GeneratedForm
        fields={task.fields}
        submitText={t('task.complete')}
        initialValues={task.outcomes.length === 1 ? { outcome: task.outcomes[0].id } : undefined}
        before={(
          <Form.Item name="outcome" label={outcomeLabel} rules={[{ required: true, message: t('form.required', { label: outcomeLabel }) }]}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={task.outcomes.map((o) => ({ value: o.id, label: pick(o.label, o.labelEn) }))}
            />
          </Form.Item>
        )}
        after={(
          <Form.Item name="comment" label={t('task.comment')}>
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
        onSubmit={async (values, all) => {
          await tasks.complete(task.instanceId, task.taskId, String(all.outcome), values, (all.comment as string | undefined)?.trim() || undefined);
          onDone();
        }}
      />
    </Modal>
  );
}
